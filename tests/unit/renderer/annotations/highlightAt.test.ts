import { afterEach, describe, expect, it } from 'vitest';
import { highlightAt } from '../../../../src/renderer/src/features/annotations/highlightAt';

afterEach(() => void (document.body.innerHTML = ''));

/** The text node of the article and ranges over its characters. */
function article(text: string) {
  document.body.innerHTML = `<p>${text}</p>`;
  const node = document.querySelector('p')!.firstChild!;
  const range = (start: number, end: number) => {
    const made = document.createRange();
    made.setStart(node, start);
    made.setEnd(node, end);
    return made;
  };
  // jsdom has no layout: the "point" is the offset the caret would land on.
  const caretAt = (offset: number) =>
    Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode: node, offset }) as unknown as CaretPosition });
  return { range, caretAt };
}

describe('highlightAt', () => {
  it('finds the highlight under the caret, from its first letter to just before its end', () => {
    const { range, caretAt } = article('The council met on Tuesday.');
    const ranges = new Map([['council', range(4, 11)]]);
    for (const [offset, found] of [[3, null], [4, 'council'], [10, 'council'], [11, null]] as const) {
      caretAt(offset);
      expect(highlightAt(document, 0, 0, ranges)).toBe(found);
    }
  });

  it('prefers the shortest where highlights overlap', () => {
    const { range, caretAt } = article('The council met on Tuesday.');
    const ranges = new Map([
      ['sentence', range(0, 27)],
      ['met', range(12, 15)],
    ]);
    caretAt(13);
    expect(highlightAt(document, 0, 0, ranges)).toBe('met');
    caretAt(20);
    expect(highlightAt(document, 0, 0, ranges)).toBe('sentence');
  });
});
