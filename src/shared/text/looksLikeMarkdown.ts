// Syntax that plain prose almost never contains.
const DISTINCTIVE = [
  /^#{1,6}\s+\S/m, // heading
  /^(```|~~~)/m, // fenced code
  /!?\[[^\]\n]+\]\([^)\s]+\)/, // link or image
];
// Syntax that prose sometimes has by accident ("- item", "> quote"): it takes two kinds of it.
const SUGGESTIVE = [
  /^\s*(?:[-*+]|\d+\.)\s+\S/m, // list item
  /^>\s?\S/m, // block quote
  /\*\*[^*\n]+\*\*|__[^_\n]+__/, // strong emphasis
  /`[^`\n]+`/, // inline code
  /^(?:-{3,}|\*{3,})\s*$/m, // rule
];

/** Whether pasted text reads as Markdown, so it is saved as formatted rather than plain text. */
export function looksLikeMarkdown(text: string): boolean {
  if (DISTINCTIVE.some((pattern) => pattern.test(text))) return true;
  return SUGGESTIVE.filter((pattern) => pattern.test(text)).length >= 2;
}
