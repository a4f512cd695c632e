import { useEffect, useId, useRef, useState } from 'react';
import type { Settings, SettingsPatch } from '../../../../shared/model/settings';
import { Icon } from '../../components/Icon/Icon';
import { LocalNetworkSwitch } from './LocalNetworkSwitch';
import { ThemePicker } from './ThemePicker';
import type { SettingsQuery } from './useSettings';
import './SettingsMenu.css';

/**
 * The header's Settings button and the small panel it discloses: the theme and the local-network
 * switch. Esc or a click elsewhere closes it; a change that could not be saved says so.
 */
export function SettingsMenu({ settings }: { settings: SettingsQuery }) {
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // A change shows at once, over the settings it was made on, until the library's next answer replaces them.
  const [pending, setPending] = useState<{ patch: SettingsPatch; over: Settings } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const loaded = settings.status === 'ready' ? settings.value : undefined;
  const value = loaded && pending?.over === loaded ? { ...loaded, ...pending.patch } : loaded;

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const change = async (patch: SettingsPatch) => {
    if (loaded) setPending({ patch: { ...(pending?.over === loaded ? pending.patch : {}), ...patch }, over: loaded });
    const result = await settings.update(patch);
    if (!result.ok) setPending(null);
    setFailure(result.ok ? null : result.error.message);
  };

  return (
    <div
      ref={rootRef}
      className="settings-menu"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        // Esc closes the panel only, not the reader behind it.
        event.stopPropagation();
        setOpen(false);
        buttonRef.current?.focus();
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet settings-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <Icon name="gear" />
        Settings
      </button>
      <div id={panelId} className="settings-menu__panel" role="group" aria-label="Settings" hidden={!open}>
        <ThemePicker theme={value?.theme} onChange={(theme) => void change({ theme })} />
        <LocalNetworkSwitch allowed={value?.allowLocalNetwork} onChange={(allowLocalNetwork) => void change({ allowLocalNetwork })} />
        {failure && (
          <p className="settings-menu__error" role="alert">
            That setting was not saved: {failure}
          </p>
        )}
      </div>
    </div>
  );
}
