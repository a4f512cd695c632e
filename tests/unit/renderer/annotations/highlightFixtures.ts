import { describeSpan } from '../../../../src/shared/annotations/describeSpan';
import type { Highlight, HighlightColor } from '../../../../src/shared/model/annotation';

export const ARTICLE_ID = '00000000-0000-4000-8000-000000000001';
export const TEXT = 'The council met on Tuesday. It voted to close the old bridge. Traffic will move to the new road by spring.';

/** A highlight on the words `exact` of TEXT (its first occurrence), deterministic in `n`. */
export function highlightOn(n: number, exact: string, overrides: { color?: HighlightColor; note?: string } = {}): Highlight {
  const start = TEXT.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in the test text`);
  return {
    id: `00000000-0000-4000-9000-${n.toString(16).padStart(12, '0')}`,
    articleId: ARTICLE_ID,
    color: overrides.color ?? 'yellow',
    note: overrides.note ?? '',
    target: describeSpan(TEXT, start, start + exact.length),
    createdAt: `2025-04-0${n}T10:00:00.000Z`,
    modifiedAt: `2025-04-0${n}T10:00:00.000Z`,
  };
}

/** A highlight whose words are nowhere in TEXT: an orphan. */
export function orphan(n: number, exact: string, note = ''): Highlight {
  const made = highlightOn(n, 'council');
  return { ...made, note, target: { ...made.target, quote: { type: 'TextQuoteSelector', exact, prefix: 'Somewhere else, ', suffix: ' and more.' }, textHash: `sha256:${'0'.repeat(64)}` } };
}
