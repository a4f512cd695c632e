/**
 * Plain text made safe to place in Markdown: characters that would start emphasis, code, links or HTML are
 * escaped, and so is what would turn the start of a line into a heading, quote or list item.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<~|]/g, '\\$&')
    .replace(/^(\s*)(#{1,6}|[>+-]|\d+(?=[.)]))/gm, '$1\\$2');
}

/** Text as a Markdown quote block: every line prefixed (`>` alone on blank lines, so none ends in a space). */
export function quoteBlock(text: string): string {
  return markdownText(text.trim())
    .split(/\r\n|\r|\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** A title on one line, as a heading's text. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
