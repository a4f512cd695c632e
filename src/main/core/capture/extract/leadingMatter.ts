import { bylineNames } from './clutterText';

const squash = (text: string | null | undefined) => (text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** How many leading blocks may be headline, standfirst, byline or dateline before the story starts. */
const LOOKAHEAD = 6;
const DATELINE = /^(?:published|updated|posted|last updated)?[\s:]*(?:\w+,? )?\d{1,2}[ ./-]\w+[ ./-]\d{2,4}\b.{0,40}$/i;

/**
 * Removes what sits above a story inside its container (the headline again, the standfirst, the byline, a
 * dateline): metadata already has them, and the body should start with the story's first paragraph. `excerpt` is the
 * page's own description, never one made from the body's first paragraph. Returns the byline it removed, if any,
 * for pages whose metadata names no author.
 */
export function removeLeadingMatter(body: Element, known: { title: string | null; excerpt: string | null; authors: readonly string[] }): string | null {
  const title = squash(known.title);
  const excerpt = squash(known.excerpt);
  const authors = known.authors.map(squash).filter(Boolean);
  const blocks = [...body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, address, time')];
  let left = blocks.length;
  let byline: string | null = null;
  for (const block of blocks.slice(0, LOOKAHEAD)) {
    if (!body.contains(block)) continue;
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    const squashed = squash(text);
    if (squashed === '') continue;
    const names = bylineNames(text);
    const isByline = names !== null || (text.length <= 120 && authors.some((author) => squashed.startsWith(author) || squashed.startsWith(`by${author}`)));
    const isLeading = squashed === title || squashed === excerpt || isByline || (text.length <= 80 && DATELINE.test(text));
    // A page that is nothing but a short note keeps it.
    if (!isLeading || block.querySelector('img') || left <= 1) return byline;
    byline ??= names;
    block.remove();
    left--;
  }
  return byline;
}
