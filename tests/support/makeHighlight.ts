import type { ArticleId } from '../../src/shared/model/article';
import type { HighlightTarget, NewHighlight } from '../../src/shared/model/annotation';

/** A valid target over [start, end) of some text; tests override only what they are about. */
export function makeTarget(exact: string, start = 0, overrides: Partial<HighlightTarget> = {}): HighlightTarget {
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    textHash: `sha256:${'0'.repeat(64)}`,
    ...overrides,
  };
}

/** A new yellow highlight without a note on `articleId`. */
export function newHighlight(articleId: ArticleId, exact = 'the quoted words', start = 0, overrides: Partial<NewHighlight> = {}): NewHighlight {
  return { articleId, color: 'yellow', target: makeTarget(exact, start), ...overrides };
}
