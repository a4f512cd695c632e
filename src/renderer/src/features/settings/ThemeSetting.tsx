import { useState } from 'react';
import type { Theme } from '../../../../shared/model/settings';
import { ThemePicker } from './ThemePicker';
import type { SettingsQuery } from './useSettings';

/** The theme picker wired to the settings, saying so when a change could not be saved. */
export function ThemeSetting({ settings }: { settings: SettingsQuery }) {
  const [failure, setFailure] = useState<string | null>(null);
  const change = async (theme: Theme) => {
    const result = await settings.update({ theme });
    setFailure(result.ok ? null : result.error.message);
  };
  return (
    <>
      <ThemePicker theme={settings.status === 'ready' ? settings.value.theme : undefined} onChange={change} />
      {failure && (
        <p className="theme-picker__error" role="alert">
          The theme was not saved: {failure}
        </p>
      )}
    </>
  );
}
