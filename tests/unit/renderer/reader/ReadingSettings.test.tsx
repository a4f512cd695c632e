import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, FONT_SIZE, type Settings } from '../../../../src/shared/model/settings';
import { ReadingSettings } from '../../../../src/renderer/src/features/reader/ReadingSettings';
import { expectEscapeCloses, renderOpenPopover } from '../popover';

afterEach(cleanup);

function renderPanel(overrides: Partial<Settings> = {}) {
  const onChange = vi.fn();
  return { onChange, ...renderOpenPopover(<ReadingSettings settings={{ ...DEFAULT_SETTINGS, ...overrides }} onChange={onChange} />, 'Reading settings') };
}

describe('ReadingSettings', () => {
  it('shows each typeface in its own face, the current one chosen, and changes it', () => {
    const { onChange, button } = renderPanel();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const dyslexic = screen.getByRole('radio', { name: 'OpenDyslexic' });
    expect((screen.getByRole('radio', { name: 'Serif' }) as HTMLInputElement).checked).toBe(true);
    expect(dyslexic.closest('label')!.style.fontFamily).toContain('OpenDyslexic');
    fireEvent.click(dyslexic);
    expect(onChange).toHaveBeenCalledWith({ readerFont: 'dyslexic' });
  });

  it('steps size and spacing, and a step past the bounds does nothing', () => {
    const { onChange } = renderPanel({ fontSize: FONT_SIZE.max, lineHeight: 1.6 });
    expect(screen.getByRole('group', { name: 'Text size' }).textContent).toContain(`${FONT_SIZE.max} px`);
    const larger = screen.getByRole('button', { name: 'Larger text' });
    expect(larger.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(larger);
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Smaller text' }));
    fireEvent.click(screen.getByRole('button', { name: 'Looser lines' }));
    expect(onChange.mock.calls).toEqual([[{ fontSize: FONT_SIZE.max - 1 }], [{ lineHeight: 1.7 }]]);
  });

  it('changes the width and the theme', () => {
    const { onChange } = renderPanel();
    fireEvent.click(screen.getByRole('radio', { name: 'Wide' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Sepia' }));
    expect(onChange.mock.calls).toEqual([[{ contentWidth: 'wide' }], [{ theme: 'sepia' }]]);
  });

  it('closes with Esc, which goes no further, and hands focus back to its button', () => {
    const { button, panel } = renderPanel();
    expectEscapeCloses(screen.getByRole('radio', { name: 'Serif' }), button);
    expect(panel.hidden).toBe(true);
  });
});
