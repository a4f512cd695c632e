import { describe, expect, it } from 'vitest';
import { textHash } from '../../../../src/shared/annotations/textHash';
import { anchorHighlights } from '../../../../src/renderer/src/features/annotations/anchorHighlights';
import { highlightOn, orphan, TEXT } from './highlightFixtures';

describe('anchorHighlights', () => {
  it('lists the placed highlights in reading order, whatever order they were made in', () => {
    const made = [highlightOn(1, 'new road'), highlightOn(2, 'council met'), highlightOn(3, 'close the old bridge')];
    const { placed, orphans } = anchorHighlights(TEXT, textHash(TEXT), made);
    expect(placed.map(({ highlight }) => highlight.target.quote.exact)).toEqual(['council met', 'close the old bridge', 'new road']);
    expect(placed.map(({ anchor }) => anchor.method)).toEqual(['position', 'position', 'position']);
    expect(orphans).toEqual([]);
  });

  it('keeps a highlight whose words are gone as an orphan, in the order it was made', () => {
    const lost = [orphan(1, 'a ferry across the river'), orphan(2, 'the mayor resigned')];
    const { placed, orphans } = anchorHighlights(TEXT, textHash(TEXT), [highlightOn(3, 'Traffic'), ...lost]);
    expect(placed.map(({ highlight }) => highlight.id)).toEqual([highlightOn(3, 'Traffic').id]);
    expect(orphans).toEqual(lost);
  });

  it('finds a highlight by its quote when the text changed around it', () => {
    const edited = `Breaking. ${TEXT}`;
    const { placed } = anchorHighlights(edited, textHash(edited), [highlightOn(1, 'old bridge')]);
    expect(placed[0]!.anchor).toMatchObject({ method: 'quote', start: edited.indexOf('old bridge') });
  });
});
