/** How long a line must be, against the longest of its block, to be a hard-wrapped line rather than a line of its own. */
const WRAPPED = 0.6;

/**
 * The paragraphs of plain text. Blank lines always separate; a single line break separates too unless the text
 * is hard-wrapped (the line before runs nearly the block's full width and ends mid-sentence).
 */
export function textParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = block.split('\n').map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean);
    const width = Math.max(0, ...lines.map((line) => line.length));
    let previous = '';
    for (const line of lines) {
      const wrapped = previous !== '' && width >= 40 && previous.length >= width * WRAPPED && !/[.!?:"”’)]$/.test(previous);
      if (wrapped) paragraphs[paragraphs.length - 1] += ` ${line}`;
      else paragraphs.push(line);
      previous = line;
    }
  }
  return paragraphs;
}
