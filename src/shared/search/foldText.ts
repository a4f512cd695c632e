/**
 * How the search compares words: `Café`, `CAFE` and `café` are one word, as are `Straße` and `strasse`.
 * The index folds every text it stores and every word it looks up with this same function, so both
 * sides agree. Folding can change a text's length (`ß` → `ss`, `ﬁ` → `fi`): to mark matches in the
 * original text, find its words with splitWords and compare foldText(word) to the folded query word.
 */

// Marks that decorate a letter rather than make it: Latin, Greek and Cyrillic accents (the combining
// blocks), Hebrew points and Arabic vowel signs, and the Arabic tatweel that only stretches a word.
// Marks that are part of a letter (Devanagari vowel signs, kana voicing) stay.
const DECORATIONS =
  // eslint-disable-next-line no-misleading-character-class -- a class of combining marks, each meant alone
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670]/g;

// Letters that carry their accent inside them, so Unicode does not decompose them.
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ı: 'i',
  ς: 'σ',
};
const LETTER = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Lowercase, without accents or other decorations, and in compatibility form (`ﬁ` → `fi`, `Ａ` → `a`). */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(DECORATIONS, '')
    .replace(LETTER, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFC');
}
