import { describe, expect, it } from 'vitest';
import { FONT_SIZE, LINE_HEIGHT } from '../../../../src/shared/model/settings';
import { applyReadingStyle } from '../../../../src/renderer/src/features/reader/readingStyle';
import { stepFontSize, stepLineHeight } from '../../../../src/renderer/src/features/reader/readingSteps';

describe('reading steps', () => {
  it('steps the text size by a pixel, within bounds', () => {
    expect(stepFontSize(19, 1)).toBe(20);
    expect(stepFontSize(19, -1)).toBe(18);
    expect(stepFontSize(FONT_SIZE.max, 1)).toBe(FONT_SIZE.max);
    expect(stepFontSize(FONT_SIZE.min, -1)).toBe(FONT_SIZE.min);
  });

  it('steps the line height by a tenth, without float noise, within bounds', () => {
    expect(stepLineHeight(1.6, 1)).toBe(1.7);
    expect(stepLineHeight(1.7, 1)).toBe(1.8);
    expect(stepLineHeight(1.4, -1)).toBe(1.3);
    expect(stepLineHeight(LINE_HEIGHT.max, 1)).toBe(LINE_HEIGHT.max);
    expect(stepLineHeight(LINE_HEIGHT.min, -1)).toBe(LINE_HEIGHT.min);
  });
});

describe('applyReadingStyle', () => {
  it('sets the reading custom properties the frame and the header read', () => {
    const root = document.createElement('html');
    applyReadingStyle(root, { readerFont: 'dyslexic', fontSize: 22, lineHeight: 1.8, contentWidth: 'narrow' });
    expect(root.style.getPropertyValue('--reading-font')).toContain("'OpenDyslexic'");
    expect(root.style.getPropertyValue('--reading-size')).toBe('22px');
    expect(root.style.getPropertyValue('--reading-leading')).toBe('1.8');
    expect(root.style.getPropertyValue('--reading-measure')).toBe('28');
  });
});
