import { CJK_CHARACTER } from '../../shared/search/cjk';

// Characters a terminal draws two columns wide: CJK, and the full-width forms of Latin letters and digits.
const isWide = (char: string) => CJK_CHARACTER.test(char) || /[\uff01-\uff60]/.test(char);

/** A text on a line of its own with a caret under the character at `at`, to show where a problem is. */
export function pointAt(text: string, at: number): string {
  // Tabs and line breaks would move the caret away from its place; each is one character, as a space is.
  const line = text.replace(/\s/g, ' ');
  const column = [...line.slice(0, at)].reduce((width, char) => width + (isWide(char) ? 2 : 1), 0);
  return `  ${line}\n  ${' '.repeat(column)}^`;
}
