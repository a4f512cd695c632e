import type { ArticleContent, Article } from '../../../../shared/model/article';

/** The custom protocol that serves an article's locally stored images from inside the library. */
export const ARTICLE_ASSET_SCHEME = 'archive-asset:';

/**
 * The article's own policy inside its frame: nothing may load but its stored images, served by the
 * asset protocol in the app, or by the development harness from its own origin ('self': the srcdoc
 * frame shares the app page's origin, never a remote one), and the reader's bundled font from the
 * app itself. The frame also inherits the app page's policy, so inline styles stay blocked there in
 * practice; the frame is styled from outside, see ArticleFrame.
 */
export const ARTICLE_CSP = `default-src 'none'; img-src 'self' ${ARTICLE_ASSET_SCHEME}; font-src 'self'; style-src 'unsafe-inline'`;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The `srcdoc` of the sandboxed reader frame. The body is the sanitized HTML stored at capture,
 * placed as-is: it is never re-parsed or edited here, and the frame's sandbox keeps any script
 * that slipped through from running.
 */
export function buildArticleDocument(
  article: Pick<Article, 'lang' | 'dir' | 'title'>,
  content: Pick<ArticleContent, 'html'>,
): string {
  const lang = article.lang ? ` lang="${escapeAttribute(article.lang)}"` : '';
  const dir = article.dir ? ` dir="${article.dir}"` : '';
  return [
    '<!doctype html>',
    `<html${lang}${dir}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(ARTICLE_CSP)}">`,
    '<meta name="color-scheme" content="light dark">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeAttribute(article.title)}</title>`,
    '</head>',
    `<body><main class="article-body">${content.html}</main></body>`,
    '</html>',
  ].join('\n');
}
