import { FONT_SIZE, LINE_HEIGHT } from '../../../../shared/model/settings';

type Direction = 1 | -1;

const clamp = (value: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, value));

/** The next text size up or down, within the library's bounds. */
export function stepFontSize(size: number, direction: Direction): number {
  return clamp(size + direction * FONT_SIZE.step, FONT_SIZE);
}

/** The next line height up or down, within bounds, kept to one decimal (no 1.7000000000000002). */
export function stepLineHeight(lineHeight: number, direction: Direction): number {
  return clamp(Math.round((lineHeight + direction * LINE_HEIGHT.step) * 10) / 10, LINE_HEIGHT);
}
