import type { Highlight } from '../../../../shared/model/annotation';
import { anchorTarget, type TextAnchor } from '../../../../shared/annotations/anchorTarget';

/** A highlight found in the article's text, and how it was found. */
export interface PlacedHighlight {
  highlight: Highlight;
  anchor: TextAnchor;
}

export interface AnchoredHighlights {
  /** In reading order: by where they start, then where they end. */
  placed: PlacedHighlight[];
  /** Highlights whose words could not be found: kept, listed, and re-attachable. */
  orphans: Highlight[];
}

/** Finds every highlight in the article's plain text (`hash` is that text's hash). */
export function anchorHighlights(text: string, hash: string, highlights: readonly Highlight[]): AnchoredHighlights {
  const placed: PlacedHighlight[] = [];
  const orphans: Highlight[] = [];
  for (const highlight of highlights) {
    const anchor = anchorTarget(text, highlight.target, hash);
    if (anchor) placed.push({ highlight, anchor });
    else orphans.push(highlight);
  }
  placed.sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
  return { placed, orphans };
}
