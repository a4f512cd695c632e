import { describe, expect, it } from 'vitest';
import type { SearchSnippet } from '../../../../../src/shared/model/search';
import { foldText } from '../../../../../src/shared/search/foldText';
import type { MarkedWords } from '../../../../../src/main/core/search/matchExpression';
import { openingOf, snippetOf } from '../../../../../src/main/core/search/snippet';

const marking = (words: string[], prefixes: string[] = []): MarkedWords => ({ words: new Set(words), prefixes });
const markedIn = (snippet: SearchSnippet | null) => snippet?.marks.map(([start, end]) => snippet.text.slice(start, end)) ?? [];
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}\p{M}\p{Co}]/u.test(char);
/** A paragraph that matches nothing and makes lowercasing change the text's length: every paragraph is then folded. */
const FOLD_EVERYTHING = '\nİzmir and Ankara.';

const filler = (n: number) => Array.from({ length: n }, (_, i) => `filler${i}`).join(' ');
const TEXT = [
  `${filler(40)}.`,
  `The conductor bowed; the CONDUCTORS left, then a second conductor came back and the conductor's baton fell.`,
  `Icons and economies, reconducted, are not matches of con.`,
  `${filler(10)} a late conductor.`,
].join('\n');

describe('snippets', () => {
  it('marks whole words only, never part of one, and only those that fold to a marked word or start with a prefix', () => {
    for (const marked of [marking(['conductor']), marking([], ['con']), marking(['conducto'], ['conducto']), marking(['the'], ['cond'])]) {
      const snippet = snippetOf('body', TEXT, marked);
      expect(snippet).not.toBeNull();
      for (const [start, end] of snippet!.marks) {
        expect(isWordChar(snippet!.text[start - 1])).toBe(false);
        expect(isWordChar(snippet!.text[end])).toBe(false);
        const word = foldText(snippet!.text.slice(start, end));
        expect(marked.words.has(word) || marked.prefixes.some((prefix) => word.startsWith(prefix))).toBe(true);
      }
    }
    expect(markedIn(snippetOf('body', TEXT, marking(['conducto'])))).toEqual([]);
    expect(snippetOf('body', TEXT, marking(['conducto']))).toBeNull();
  });

  it('finds the same passages and marks whether a text is looked up in ASCII or folded paragraph by paragraph', () => {
    for (const marked of [marking(['conductor']), marking([], ['con']), marking(['late', 'baton'], ['fill'])]) {
      expect(snippetOf('body', TEXT + FOLD_EVERYTHING, marked)).toEqual(snippetOf('body', TEXT, marked));
    }
  });

  it('folds the paragraphs with accented letters, so a word written with one, or next to one, is judged by its folded form', () => {
    const text = `Économie et café.\nThe écon and conÉ words.\nThe CAFÉ opened.`;
    expect(markedIn(snippetOf('body', text, marking(['cafe'])))).toEqual(['café']);
    expect(markedIn(snippetOf('body', text, marking([], ['econ'])))).toEqual(['Économie']);
    expect(markedIn(snippetOf('body', text, marking([], ['con'])))).toEqual(['conÉ']);
    expect(snippetOf('body', text, marking(['con']))).toBeNull();
  });

  it('finds a match deep in a very long paragraph and shows the words around it', () => {
    const text = `${filler(3000)} the ceasefire held ${filler(3000)}`;
    const snippet = snippetOf('body', text, marking(['ceasefire']));
    expect(markedIn(snippet)).toEqual(['ceasefire']);
    expect(snippet!.text.startsWith('…')).toBe(true);
    expect(snippet!.text.endsWith('…')).toBe(true);
    expect(snippet).toEqual(snippetOf('body', text + FOLD_EVERYTHING, marking(['ceasefire'])));
  });

  it('gives the start of a text, unmarked, for an article that matched elsewhere', () => {
    expect(openingOf('body', '\n\n  First words of the story.\nSecond paragraph.')).toEqual({ field: 'body', text: 'First words of the story.…', marks: [] });
    expect(openingOf('body', `${filler(40)}`)).toMatchObject({ text: `${filler(30)}…`, marks: [] });
    expect(openingOf('body', ' \n ')).toBeNull();
  });
});
