import { useId } from 'react';
import type { Settings, SettingsPatch, Theme } from '../../../../shared/model/settings';
import { usePopover } from '../settings/usePopover';
import { ChoiceGroup, type Choice } from './ChoiceGroup';
import { CONTENT_WIDTHS, READER_FONTS } from './readingStyle';
import { stepFontSize, stepLineHeight } from './readingSteps';
import { Stepper } from './Stepper';
import './ReadingSettings.css';

const FONT_CHOICES = READER_FONTS.map(({ value, label, stack }) => ({ value, label, style: { fontFamily: stack } }));
const THEME_CHOICES: ReadonlyArray<Choice<Theme>> = [
  { value: 'light', label: 'Light' },
  { value: 'sepia', label: 'Sepia' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
];

interface ReadingSettingsProps {
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
}

/** The reader's "Aa" button and the compact panel it opens: typeface, size, spacing, width, theme. */
export function ReadingSettings({ settings, onChange }: ReadingSettingsProps) {
  const { open, toggle, rootRef, buttonRef, onKeyDown } = usePopover();
  const panelId = useId();
  const { fontSize, lineHeight } = settings;
  // A step that the bounds do not allow leaves its button with nothing to do.
  const sizeTo = (next: number) => (next === fontSize ? undefined : () => onChange({ fontSize: next }));
  const spacingTo = (next: number) => (next === lineHeight ? undefined : () => onChange({ lineHeight: next }));

  return (
    <div ref={rootRef} className="reading-settings" onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet reading-settings__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        <span aria-hidden="true" className="reading-settings__glyph">
          Aa
        </span>
        <span className="visually-hidden">Reading settings</span>
      </button>
      <div id={panelId} className="popover-panel reading-settings__panel" role="group" aria-label="Reading settings" hidden={!open}>
        <ChoiceGroup legend="Typeface" name={`${panelId}-font`} choices={FONT_CHOICES} value={settings.readerFont} onChange={(readerFont) => onChange({ readerFont })} />
        <Stepper
          label="Text size"
          shown={`${fontSize} px`}
          lessLabel="Smaller text"
          moreLabel="Larger text"
          onLess={sizeTo(stepFontSize(fontSize, -1))}
          onMore={sizeTo(stepFontSize(fontSize, 1))}
        />
        <Stepper
          label="Line spacing"
          shown={lineHeight.toFixed(1)}
          lessLabel="Tighter lines"
          moreLabel="Looser lines"
          onLess={spacingTo(stepLineHeight(lineHeight, -1))}
          onMore={spacingTo(stepLineHeight(lineHeight, 1))}
        />
        <ChoiceGroup legend="Width" name={`${panelId}-width`} choices={CONTENT_WIDTHS} value={settings.contentWidth} onChange={(contentWidth) => onChange({ contentWidth })} />
        <ChoiceGroup legend="Theme" name={`${panelId}-theme`} choices={THEME_CHOICES} value={settings.theme} onChange={(theme) => onChange({ theme })} />
      </div>
    </div>
  );
}
