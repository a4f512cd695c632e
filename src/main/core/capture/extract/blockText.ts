const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The readable text of an element: each paragraph, heading, list item, quote, cell or <pre> becomes one block,
 * blocks are separated by one blank line, whitespace inside a block collapses (except in <pre>), <br> breaks a line.
 */
export function blockText(root: Element): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.split('\n').map((part) => part.replace(/[ \t\r\f\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n');
    if (text) blocks.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) line += (child.nodeValue ?? '').replace(/\s+/g, ' ');
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'BR') line += '\n';
      else if (tag === 'PRE') {
        flush();
        const pre = (child.textContent ?? '').replace(/^\n+|\s+$/g, '');
        if (pre) blocks.push(pre);
      } else if (BLOCKS.has(tag)) {
        flush();
        walk(child);
        flush();
      } else walk(child);
    }
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}
