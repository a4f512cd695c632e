import type { Theme } from '../../../../shared/model/settings';
import './ThemePicker.css';

const themes: ReadonlyArray<{ theme: Theme; label: string }> = [
  { theme: 'system', label: 'Match system' },
  { theme: 'light', label: 'Light' },
  { theme: 'sepia', label: 'Sepia' },
  { theme: 'dark', label: 'Dark' },
];

interface ThemePickerProps {
  /** Absent while the settings load: the picker waits rather than guess. */
  theme: Theme | undefined;
  onChange: (theme: Theme) => void;
}

export function ThemePicker({ theme, onChange }: ThemePickerProps) {
  return (
    <label className="theme-picker">
      <span className="theme-picker__label">Theme</span>
      <select
        className="control theme-picker__select"
        value={theme ?? 'system'}
        disabled={!theme}
        onChange={(event) => onChange(event.target.value as Theme)}
      >
        {themes.map(({ theme: value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
