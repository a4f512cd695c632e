import { describe, expect, it } from 'vitest';
import { everything, isSelected, noSelection, selectedCount, toggled, withRange } from '../../../../src/renderer/src/features/library/selection';

const [a, b, c, d] = ['a', 'b', 'c', 'd'];

describe('a selection', () => {
  it('toggles single articles', () => {
    const one = toggled(noSelection, a);
    expect(isSelected(one, a)).toBe(true);
    expect(isSelected(one, b)).toBe(false);
    expect(selectedCount(toggled(one, a), 10)).toBe(0);
    expect(noSelection.ids.size).toBe(0); // never changed in place
  });

  it('adds a shift-click range to what was selected', () => {
    const selection = withRange(toggled(noSelection, d), [a, b, c]);
    expect([a, b, c, d].map((id) => isSelected(selection, id))).toEqual([true, true, true, true]);
    expect(selectedCount(selection, 10)).toBe(4);
  });

  it('after select all, counts the whole view less what was unticked, without knowing the ids', () => {
    const allButOne = toggled(everything, b);
    expect(isSelected(allButOne, a)).toBe(true);
    expect(isSelected(allButOne, b)).toBe(false);
    expect(isSelected(allButOne, 'never loaded')).toBe(true);
    expect(selectedCount(allButOne, 10_000)).toBe(9_999);
    expect(isSelected(withRange(allButOne, [a, b]), b)).toBe(true);
  });
});
