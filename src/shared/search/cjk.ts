/**
 * Chinese, Japanese and Korean are searched one character at a time: their words are not separated
 * by spaces, so a word is only known by the characters next to each other. The index calls
 * spaceCjk(foldText(text)) before its tokenizer sees a text, so every such character is one token;
 * the query turns a run of them into a phrase of single characters (splitWords, parseQuery).
 */

const CJK = '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}';

/** One ideograph, kana or hangul syllable, with any marks that follow it (a kana's voicing mark). */
export const CJK_CHARACTER = new RegExp(`[${CJK}]\\p{M}*`, 'u');
const CJK_CHARACTERS = new RegExp(CJK_CHARACTER.source, 'gu');

/** The text with a space either side of every CJK character, so a tokenizer sees each as a word. */
export const spaceCjk = (text: string): string => text.replace(CJK_CHARACTERS, ' $& ');

/** Splits a run of word characters into single CJK characters and runs of everything else. */
export const CJK_OR_OTHER_RUN = new RegExp(`[${CJK}]\\p{M}*|[^${CJK}]+`, 'gu');
