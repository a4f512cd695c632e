/**
 * One typo: a letter missing, extra, wrong, or two neighbours swapped (edit distance 1 with transposition).
 * Words shorter than this are matched exactly: "cat" is one typo away from too many other words.
 */
export const TYPO_MIN_LENGTH = 5;

// Folded text has no accents or capitals, so these cover a script's letters (see foldText).
const ALPHABETS = [
  { test: /^[a-z0-9]+$/, letters: 'abcdefghijklmnopqrstuvwxyz0123456789' },
  { test: /^[\u0430-\u045f]+$/, letters: 'абвгдежзийклмнопрстуфхцчшщъыьэюяёіїєґў' },
  { test: /^[\u03b1-\u03c9]+$/, letters: 'αβγδεζηθικλμνξοπρστυφχψω' },
];

/**
 * Every string one typo away from a folded word, in the word's script, for the index to check which
 * exist (a few hundred lookups of a sorted term list, cheaper than scanning the vocabulary). Empty for
 * short words and for scripts without a small alphabet (CJK is searched a character at a time).
 */
export function typoVariants(word: string): string[] {
  const alphabet = word.length >= TYPO_MIN_LENGTH ? ALPHABETS.find(({ test }) => test.test(word))?.letters : undefined;
  if (!alphabet) return [];
  const variants = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const before = word.slice(0, i);
    const after = word.slice(i);
    for (const letter of alphabet) variants.add(before + letter + after);
    if (i === word.length) continue;
    variants.add(before + after.slice(1));
    for (const letter of alphabet) variants.add(before + letter + after.slice(1));
    if (i + 1 < word.length) variants.add(before + after[1] + after[0] + after.slice(2));
  }
  variants.delete(word);
  return [...variants];
}
