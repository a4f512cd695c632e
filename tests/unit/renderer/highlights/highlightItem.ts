import type { HighlightColor, HighlightListItem } from '../../../../src/shared/model/annotation';

/** A highlight as the Highlights view lists it, the `n`th of its article. */
export function highlightItem(n: number, overrides: { color?: HighlightColor; note?: string; title?: string; siteName?: string | null } = {}): HighlightListItem {
  const exact = `Quoted passage number ${n}`;
  const articleId = `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    highlight: {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      articleId,
      color: overrides.color ?? 'yellow',
      note: overrides.note ?? '',
      target: {
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: exact.length },
        textHash: `sha256:${'0'.repeat(64)}`,
      },
      createdAt: '2026-03-03T10:00:00.000Z',
      modifiedAt: '2026-03-03T10:00:00.000Z',
    },
    article: { id: articleId, title: overrides.title ?? `Story ${n}`, siteName: overrides.siteName === undefined ? 'Harbor Weekly' : overrides.siteName, url: null, tags: [] },
  };
}
