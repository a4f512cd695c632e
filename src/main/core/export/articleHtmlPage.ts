import { inReadingOrder, type AnnotatedArticle } from '../annotations/export/annotatedArticle';
import { escapeHtml } from './escapeHtml';
import { PAGE_CSP, PAGE_STYLE } from './pageStyle';

/**
 * One article as a page any browser shows offline: the header (title, byline, dates, original link), the
 * stored sanitized body (`bodyHtml`, its images already inlined), then the note and the highlights with
 * their notes. Highlights are listed rather than marked in the text: placing them exactly needs the
 * reader's own text mapping, which runs in the app's renderer.
 */
export function articleHtmlPage(annotated: AnnotatedArticle, bodyHtml: string): string {
  const { article } = annotated;
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const dir = article.dir ? ` dir="${article.dir}"` : '';
  return `<!doctype html>
<html${lang}${dir}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PAGE_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
${header(annotated)}
<article>
${bodyHtml.trim()}
</article>
${annotationsSection(annotated)}</main>
</body>
</html>
`;
}

function header({ article }: AnnotatedArticle): string {
  const byline = [article.authors.join(', '), article.siteName].filter(Boolean).join(' · ');
  const dates = [article.publishedAt && `Published ${day(article.publishedAt)}`, `Saved ${day(article.savedAt)}`].filter(Boolean).join(' · ');
  const address = article.canonicalUrl ?? article.url;
  return [
    '<header>',
    `<h1>${escapeHtml(article.title)}</h1>`,
    byline && `<p class="meta">${escapeHtml(byline)}</p>`,
    `<p class="meta">${escapeHtml(dates)}</p>`,
    address && `<p class="meta"><a href="${escapeHtml(address)}">${escapeHtml(address)}</a></p>`,
    '</header>',
  ]
    .filter(Boolean)
    .join('\n');
}

function annotationsSection({ note, highlights }: AnnotatedArticle): string {
  if (!note && highlights.length === 0) return '';
  const blocks = note ? [`<p class="note">${escapeHtml(note.text.trim())}</p>`] : [];
  for (const highlight of inReadingOrder(highlights)) {
    blocks.push(`<blockquote><mark class="${highlight.color}">${escapeHtml(highlight.target.quote.exact.trim())}</mark></blockquote>`);
    if (highlight.note.trim() !== '') blocks.push(`<p class="highlight-note">${escapeHtml(highlight.note.trim())}</p>`);
  }
  return `<section class="annotations">\n<h2>Highlights and notes</h2>\n${blocks.join('\n')}\n</section>\n`;
}

const day = (iso: string) => iso.slice(0, 10);
