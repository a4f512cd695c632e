/**
 * Which elements shape the normalised text, by markup alone (never computed styles or layout, so
 * jsdom and Chromium read the same text): block-level elements and line breaks separate lines, and
 * some elements hold no reading text at all, among them images and the "Image not saved" stand-in
 * (role="img"), whose words would change once the image is saved.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LEGEND',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

// Tag names compared upper-case: HTML documents report them so, XHTML and SVG may not.
export const isBlock = (element: Element) => BLOCK_TAGS.has(element.tagName.toUpperCase());
export const isSilent = (element: Element) => SILENT_TAGS.has(element.tagName.toUpperCase()) || element.getAttribute('role') === 'img';

/** The whitespace that collapses: HTML's ASCII whitespace. A no-break space is a character like any other. */
export const isCollapsible = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
