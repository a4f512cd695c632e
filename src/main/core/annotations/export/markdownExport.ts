import type { Article } from '../../../../shared/model/article';
import { articleAddress, inReadingOrder, newestSavedFirst, type AnnotatedArticle } from './annotatedArticle';
import { frontMatter, optional, optionalList } from './frontMatter';
import { markdownText, oneLine, quoteBlock } from './markdownText';
import { yamlString } from './yamlString';

/**
 * One article's annotations as Markdown: front matter (title, address, site, authors, dates), the title as
 * its `#` heading, the article's note, then each highlight in reading order as a quote with its colour and note.
 */
export function articleMarkdown(annotated: AnnotatedArticle, exportedAt: Date): string {
  const { article } = annotated;
  return `${frontMatter([
    ['title', yamlString(article.title)],
    ['url', optional(articleAddress(article), yamlString)],
    ['site', optional(article.siteName, yamlString)],
    ['authors', optionalList(article.authors)],
    ['published', article.publishedAt ?? undefined],
    ['saved', article.savedAt],
    ['exported', exportedAt.toISOString()],
  ])}\n${articleSection(annotated)}`;
}

/** Every annotated article, newest saved first, each a section of its own under one front matter. */
export function libraryMarkdown(annotated: readonly AnnotatedArticle[], exportedAt: Date): string {
  const header = frontMatter([
    ['title', yamlString('Highlights and notes from News Archive')],
    ['articles', String(annotated.length)],
    ['exported', exportedAt.toISOString()],
  ]);
  const sections = newestSavedFirst(annotated).map((each) => articleSection(each, articleFacts(each.article)));
  return [header, ...sections].join('\n');
}

/** `# Title`, what is known of the article (library-wide), its note, then its highlights. */
function articleSection(annotated: AnnotatedArticle, facts?: string): string {
  const blocks = [`# ${markdownText(oneLine(annotated.article.title))}`, ...(facts ? [facts] : []), ...annotationBlocks(annotated)];
  return `${blocks.join('\n\n')}\n`;
}

/** The Markdown blocks of the article's note, then of each highlight in reading order: its quote, colour and note. */
export function annotationBlocks({ note, highlights }: AnnotatedArticle): string[] {
  const blocks = note ? [note.text.trim()] : [];
  for (const highlight of inReadingOrder(highlights)) {
    blocks.push(quoteBlock(highlight.target.quote.exact), `Colour: ${highlight.color}`);
    if (highlight.note.trim() !== '') blocks.push(highlight.note.trim());
  }
  return blocks;
}

/** The front matter's facts as a list, for a section of the library-wide export. */
function articleFacts(article: Article): string {
  const address = articleAddress(article);
  const facts = [
    address && `- Link: <${address}>`,
    article.siteName && `- Site: ${markdownText(article.siteName)}`,
    article.authors.length > 0 && `- Authors: ${markdownText(article.authors.join(', '))}`,
    article.publishedAt && `- Published: ${article.publishedAt.slice(0, 10)}`,
    `- Saved: ${article.savedAt.slice(0, 10)}`,
  ];
  return facts.filter(Boolean).join('\n');
}
