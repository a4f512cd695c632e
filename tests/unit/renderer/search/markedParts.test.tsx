import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { markedParts } from '../../../../src/renderer/src/features/search/markedParts';
import { MarkedText } from '../../../../src/renderer/src/features/search/MarkedText';

afterEach(cleanup);

const marked = (text: string, marks: [number, number][]) =>
  markedParts(text, marks)
    .filter((part) => part.marked)
    .map((part) => part.text);

describe('markedParts', () => {
  it('cuts the text at the offsets and joins back into it', () => {
    const parts = markedParts('The night train returns', [[4, 9], [10, 15]]);
    expect(parts).toEqual([
      { text: 'The ', marked: false },
      { text: 'night', marked: true },
      { text: ' ', marked: false },
      { text: 'train', marked: true },
      { text: ' returns', marked: false },
    ]);
  });

  it('counts offsets in UTF-16 units: an emoji before a word, and CJK characters', () => {
    const text = '🚆 夜行列车 returns';
    expect(marked(text, [[3, 5], [8, 15]])).toEqual(['夜行', 'returns']);
  });

  it('never cuts a surrogate pair in two, widening a mark to the whole character', () => {
    expect(marked('a😀b', [[2, 3]])).toEqual(['😀']);
    expect(marked('a😀b', [[1, 2]])).toEqual(['😀']);
  });

  it('merges overlapping marks and ignores those out of order, empty or past the end', () => {
    expect(marked('abcdefgh', [[5, 7], [0, 3], [2, 4], [6, 6], [7, 99]])).toEqual(['abcd', 'fgh']);
  });
});

describe('MarkedText', () => {
  it('renders marks as <mark> elements and keeps markup in the text as text', () => {
    const { container } = render(<p><MarkedText text="<b>Kyiv</b> talks" marks={[[3, 7], [12, 17]]} /></p>);
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Kyiv', 'talks']);
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('<b>Kyiv</b> talks');
  });
});
