import regular from '@fontsource/opendyslexic/files/opendyslexic-latin-400-normal.woff2?url&no-inline';
import bold from '@fontsource/opendyslexic/files/opendyslexic-latin-700-normal.woff2?url&no-inline';

export const DYSLEXIC_FAMILY = 'OpenDyslexic';

/**
 * OpenDyslexic, bundled with the app: the policy allows fonts from the app's own origin only, which
 * the reader frame shares. Absolute addresses, because the frame's document is about:srcdoc.
 */
function fontFaces(baseUri: string): string {
  return [
    [regular, 400],
    [bold, 700],
  ]
    .map(
      ([file, weight]) =>
        `@font-face { font-family: '${DYSLEXIC_FAMILY}'; font-style: normal; font-weight: ${weight}; font-display: swap; ` +
        `src: url('${new URL(String(file), baseUri).href}') format('woff2'); }`,
    )
    .join('\n');
}

/**
 * Declares the font in `doc` with a constructed stylesheet (a sheet belongs to the document that
 * made it); browsers fetch a face only once text uses it.
 */
export function adoptDyslexicFont(doc: Document): void {
  const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(fontFaces(document.baseURI));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
