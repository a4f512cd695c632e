/** Scripts written without spaces between words, where each character counts as a word. */
const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}';
const SPACED_CHAR = `(?![${UNSPACED}])[\\p{L}\\p{N}]`;
const TOKEN = new RegExp(`[${UNSPACED}]|${SPACED_CHAR}(?:${SPACED_CHAR}|\\p{M}|['’_-](?=${SPACED_CHAR}))*`, 'gu');
const WORDS_PER_MINUTE = 230;

/** The words of a text, lower-cased; in Chinese, Japanese and Thai each character counts as one. */
export function textTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

export function readingStats(text: string): { wordCount: number; readingMinutes: number } {
  const wordCount = textTokens(text).length;
  return { wordCount, readingMinutes: wordCount === 0 ? 0 : Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE)) };
}
