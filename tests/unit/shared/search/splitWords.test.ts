import { describe, expect, it } from 'vitest';
import { splitWords } from '../../../../src/shared/search/splitWords';

const texts = (text: string) => splitWords(text).map((word) => word.text);

describe('splitWords', () => {
  it('splits at spaces, punctuation and symbols', () => {
    expect(texts("Covid-19: O'Brien's U.S. trip (ndtv.com) cost $5,000 #news SQLITE_ERROR")).toEqual([
      'Covid', '19', 'O', 'Brien', 's', 'U', 'S', 'trip', 'ndtv', 'com', 'cost', '5', '000', 'news', 'SQLITE', 'ERROR',
    ]);
  });

  it('keeps letters of any script with their marks, and decomposed accents', () => {
    expect(texts('Київ — Αθήνα, नमस्ते; Cafe\u0301')).toEqual(['Київ', 'Αθήνα', 'नमस्ते', 'Cafe\u0301']);
  });

  it('makes each CJK character a word, beside the words around it', () => {
    expect(texts('东京2025年 iPhone发布')).toEqual(['东', '京', '2025', '年', 'iPhone', '发', '布']);
    expect(texts('한국어 カタカナ')).toEqual(['한', '국', '어', 'カ', 'タ', 'カ', 'ナ']);
  });

  it('gives where each word is in the text, astral characters included', () => {
    const text = 'say 𠀋x, ok';
    for (const word of splitWords(text)) expect(text.slice(word.start, word.end)).toBe(word.text);
    expect(splitWords(text).map((word) => [word.start, word.end])).toEqual([[0, 3], [4, 6], [6, 7], [9, 11]]);
  });

  it('finds no words where there are none', () => {
    expect(splitWords('  — & ... ')).toEqual([]);
  });
});
