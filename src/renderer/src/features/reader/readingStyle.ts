import type { ContentWidth, ReaderFont, Settings } from '../../../../shared/model/settings';
import { DYSLEXIC_FAMILY } from './dyslexicFont';

/** What shapes the reading column; the rest of the settings leave the article alone. */
export type ReadingStyle = Pick<Settings, 'readerFont' | 'fontSize' | 'lineHeight' | 'contentWidth'>;

/** The reader's typefaces, each written in its own face in the settings, with good system stacks. */
export const READER_FONTS: ReadonlyArray<{ value: ReaderFont; label: string; stack: string }> = [
  { value: 'serif', label: 'Serif', stack: 'var(--font-reading)' },
  { value: 'sans', label: 'Sans', stack: 'var(--font-ui)' },
  { value: 'dyslexic', label: 'OpenDyslexic', stack: `'${DYSLEXIC_FAMILY}', var(--font-ui)` },
];

/** Measures in ems of the reading size, so a line keeps about the same number of words at any size. */
export const CONTENT_WIDTHS: ReadonlyArray<{ value: ContentWidth; label: string; measure: number }> = [
  { value: 'narrow', label: 'Narrow', measure: 28 },
  { value: 'medium', label: 'Medium', measure: 34 },
  { value: 'wide', label: 'Wide', measure: 42 },
];

const stackOf = (font: ReaderFont) => READER_FONTS.find(({ value }) => value === font)!.stack;
const measureOf = (width: ContentWidth) => CONTENT_WIDTHS.find(({ value }) => value === width)!.measure;

/**
 * Sets the reading style as custom properties on `root`: the reader page's header and the article
 * frame's stylesheet both read them, so a change restyles the text where it is, with no reload.
 * (CSSOM changes are not inline styles, so the strict style-src allows them.)
 */
export function applyReadingStyle(root: HTMLElement, style: ReadingStyle): void {
  root.style.setProperty('--reading-font', stackOf(style.readerFont));
  root.style.setProperty('--reading-size', `${style.fontSize}px`);
  root.style.setProperty('--reading-leading', String(style.lineHeight));
  root.style.setProperty('--reading-measure', String(measureOf(style.contentWidth)));
}
