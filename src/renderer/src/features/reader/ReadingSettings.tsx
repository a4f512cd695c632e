import { useId } from 'react';
import type { Settings, SettingsPatch, Theme } from '../../../../shared/model/settings';
import { Popover } from '../../components/Popover/Popover';
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
  const name = useId();
  const { fontSize, lineHeight } = settings;
  // A step that the bounds do not allow leaves its button with nothing to do.
  const sizeTo = (next: number) => (next === fontSize ? undefined : () => onChange({ fontSize: next }));
  const spacingTo = (next: number) => (next === lineHeight ? undefined : () => onChange({ lineHeight: next }));

  return (
    <Popover
      block="reading-settings"
      label="Reading settings"
      button={
        <>
          <span aria-hidden="true" className="reading-settings__glyph">
            Aa
          </span>
          <span className="visually-hidden">Reading settings</span>
        </>
      }
    >
      {() => (
        <>
          <ChoiceGroup legend="Typeface" name={`${name}-font`} choices={FONT_CHOICES} value={settings.readerFont} onChange={(readerFont) => onChange({ readerFont })} />
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
          <ChoiceGroup legend="Width" name={`${name}-width`} choices={CONTENT_WIDTHS} value={settings.contentWidth} onChange={(contentWidth) => onChange({ contentWidth })} />
          <ChoiceGroup legend="Theme" name={`${name}-theme`} choices={THEME_CHOICES} value={settings.theme} onChange={(theme) => onChange({ theme })} />
        </>
      )}
    </Popover>
  );
}
