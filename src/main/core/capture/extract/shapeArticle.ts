import { bylineNames, isClutterLine, isCreditLine } from './clutterText';

/** One paragraph-level block of a text or Markdown article. */
export interface Block {
  text: string;
  /** A Markdown `#` heading: the title when it comes first. */
  isTopHeading: boolean;
  /** Carries an image, which is content whatever its text says. */
  hasImage: boolean;
}

export interface ShapedArticle<B extends Block> {
  title: string | null;
  excerpt: string | null;
  authors: string[];
  body: B[];
}

const DATELINE = /^(?:published|updated|last updated|posted|first published)\b[\s:]*.{0,80}$/i;
const HEADLINE_MAX = 200;
const STANDFIRST_MAX = 350;

/** A headline: one short line, at most a handful of words, not ending like a sentence. */
function looksLikeHeadline(text: string): boolean {
  return text.length <= HEADLINE_MAX && !text.includes('\n') && text.split(' ').length <= 30 && !/[.,;:]$/.test(text);
}

/**
 * Finds the parts of an article copied with its page: drops clutter lines, takes bylines as authors, the leading
 * headline as title, and as standfirst the paragraph that sits between headline and lead photo (it is followed by
 * the photo's credit line). What remains is the body.
 */
export function shapeArticle<B extends Block>(blocks: readonly B[]): ShapedArticle<B> {
  const kept: { block: B; beforeCredit: boolean }[] = [];
  const authors: string[] = [];
  for (const block of blocks) {
    const byline = bylineNames(block.text);
    if (byline) authors.push(byline);
    else if (block.hasImage || !(isClutterLine(block.text) || DATELINE.test(block.text))) kept.push({ block, beforeCredit: false });
    else if (isCreditLine(block.text) && kept.length > 0) kept[kept.length - 1]!.beforeCredit = true;
  }
  const markdownTitle = kept.findIndex(({ block }) => block.isTopHeading);
  const titleAt = markdownTitle >= 0 ? markdownTitle : kept.length > 1 && looksLikeHeadline(kept[0]!.block.text) ? 0 : -1;
  const title = titleAt >= 0 ? kept[titleAt]!.block.text : null;
  const next = kept[titleAt + 1];
  const standfirst = title !== null && next && next.beforeCredit && next.block.text.length <= STANDFIRST_MAX && kept.length > titleAt + 2 ? next : null;
  return {
    title,
    excerpt: standfirst?.block.text ?? null,
    authors,
    body: kept.filter((entry, i) => i !== titleAt && entry !== standfirst).map(({ block }) => block),
  };
}
