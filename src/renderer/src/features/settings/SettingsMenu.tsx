import { useState } from 'react';
import { Icon } from '../../components/Icon/Icon';
import { Popover } from '../../components/Popover/Popover';
import { ExportDialog } from '../export/ExportDialog';
import { ImportButton } from '../import/ImportButton';
import { ManageTagsButton } from '../tags/ManageTagsButton';
import { BackupSchedule } from './BackupSchedule';
import { LibraryLocation } from './LibraryLocation';
import { LocalNetworkSwitch } from './LocalNetworkSwitch';
import { ThemePicker } from './ThemePicker';
import type { SettingsQuery } from './useSettings';
import './SettingsMenu.css';

interface SettingsMenuProps {
  settings: SettingsQuery;
  /** Opens the list of keyboard shortcuts. */
  onShowShortcuts: () => void;
  /** Opens the "Manage tags" dialog. */
  onManageTags: () => void;
  /** Where the library lives; null while that loads. */
  libraryPath: string | null;
  onLibraryMoved: () => void;
  /** Opens the panel each time it grows (the app menu's Settings…). */
  openRequest?: number;
}

/**
 * The header's Settings button and the small panel it discloses: the theme, the local-network
 * switch, the backup schedule, where the library lives, the ways to import, export and manage tags and the keyboard shortcuts. Esc or a click elsewhere closes it; a change that could not be
 * saved says so. The Export dialog lives outside the panel, which is hidden while the dialog is open.
 */
export function SettingsMenu({ settings, onShowShortcuts, onManageTags, libraryPath, onLibraryMoved, openRequest }: SettingsMenuProps) {
  const value = settings.status === 'ready' ? settings.value : undefined;
  const [exporting, setExporting] = useState(false);

  return (
    <>
      <Popover
        block="settings-menu"
        label="Settings"
        openRequest={openRequest}
        button={
          <>
            <Icon name="gear" />
            <span className="settings-menu__label">Settings</span>
        </>
      }
    >
      {(close) => (
        <>
          <ThemePicker theme={value?.theme} onChange={(theme) => void settings.update({ theme })} />
          <LocalNetworkSwitch allowed={value?.allowLocalNetwork} onChange={(allowLocalNetwork) => void settings.update({ allowLocalNetwork })} />
          <BackupSchedule schedule={value} onChange={(patch) => void settings.update(patch)} />
          <LibraryLocation path={libraryPath} onMoved={onLibraryMoved} />
          <ImportButton className="button settings-menu__action" beforeOpen={close} />
          <button
            type="button"
            className="button settings-menu__action"
            onClick={() => {
              close();
              setExporting(true);
            }}
          >
            Export or back up…
          </button>
          <ManageTagsButton className="button settings-menu__action" close={close} onManage={onManageTags} />
          <button
            type="button"
            className="button settings-menu__action"
            onClick={() => {
              close();
              onShowShortcuts();
            }}
          >
            Keyboard shortcuts
            <kbd className="key" aria-hidden="true">
              ?
            </kbd>
          </button>
          {settings.failure && (
            <p className="settings-menu__error" role="alert">
              That setting was not saved: {settings.failure}
            </p>
          )}
        </>
      )}
    </Popover>
    <ExportDialog open={exporting} onClose={() => setExporting(false)} />
    </>
  );
}
