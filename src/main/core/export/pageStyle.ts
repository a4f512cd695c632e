import { createHash } from 'node:crypto';

/** The exported page's one stylesheet: a comfortable column of text, light or dark as the reader's system is. */
export const PAGE_STYLE = `
:root { color-scheme: light dark; --text: #1d1d1f; --muted: #5f6368; --bg: #fbfaf7; --rule: #dedad2; --link: #0b57d0; }
@media (prefers-color-scheme: dark) { :root { --text: #e8e6e3; --muted: #a8a4a0; --bg: #1b1b1d; --rule: #3a3a3d; --link: #8ab4f8; } }
body { margin: 0; background: var(--bg); color: var(--text); font: 1.125rem/1.65 Georgia, "Iowan Old Style", "Noto Serif", serif; }
main { max-width: 40rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
header { border-bottom: 1px solid var(--rule); margin-bottom: 2rem; padding-bottom: 1rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .75rem; }
.meta { color: var(--muted); font: .95rem/1.5 system-ui, sans-serif; margin: .25rem 0; }
a { color: var(--link); }
img, video { max-width: 100%; height: auto; }
figure { margin: 1.5rem 0; }
figcaption { color: var(--muted); font-size: .9rem; }
blockquote { margin: 1.25rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); }
pre { overflow-x: auto; }
table { border-collapse: collapse; }
td, th { border: 1px solid var(--rule); padding: .25rem .5rem; }
.annotations { border-top: 1px solid var(--rule); margin-top: 3rem; }
.annotations p { white-space: pre-wrap; }
.annotations blockquote { margin-bottom: .5rem; }
.highlight-note { color: var(--muted); font: .95rem/1.5 system-ui, sans-serif; margin: 0 0 1.5rem 1.2rem; }
mark { color: inherit; padding: 0 .1em; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.yellow { background: #fde68a80; } mark.green { background: #86efac80; } mark.blue { background: #93c5fd80; }
mark.pink { background: #f9a8d480; } mark.purple { background: #c4b5fd80; }
`;

/**
 * The page's policy: no script of any kind, nothing fetched (images are inlined as data: addresses), and
 * only the stylesheet above, named by its hash so that no injected style applies either.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  'img-src data:',
  `style-src 'sha256-${createHash('sha256').update(PAGE_STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
