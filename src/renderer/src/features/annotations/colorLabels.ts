import type { HighlightColor } from '../../../../shared/model/annotation';

/** Colours as people name them, for buttons and screen readers. */
export const COLOR_LABELS: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};
