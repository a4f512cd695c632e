import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/menuCommand';
import { isExternalWebUrl } from '../core/net/externalUrl';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Reload and developer tools are for development only. */
  isDevelopment: boolean;
  /** The project's web page for Help; left out unless it is an http(s) address. */
  homepage?: string;
  /** Sends a command to the window, which runs it as it runs the matching key. */
  send: (command: MenuCommand) => void;
  openExternal: (url: string) => void;
}

/**
 * The app's menu bar for one OS, as Electron's template: on macOS the app menu (About, Settings…,
 * Services, Hide, Quit) and a Window menu; elsewhere File, Edit, View, Go and Help. A pure function,
 * so each platform's menu is tested without Electron.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  return [
    ...(mac ? [appMenu(options)] : []),
    fileMenu(options, mac),
    editMenu(mac),
    viewMenu(options),
    goMenu(options),
    ...(mac ? [{ role: 'windowMenu' } as const] : []),
    helpMenu(options, mac),
  ];
}

const command = (label: string, name: MenuCommand, send: MenuOptions['send'], extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions => ({
  label,
  click: () => send(name),
  ...extra,
});

/**
 * A key the window already handles itself (Ctrl/⌘+S, Ctrl/⌘+A): shown beside the item but, on Windows and
 * Linux, not registered, where the menu would take the key before the page and run it twice or differently.
 * On macOS the page sees the key first and the menu only gets what the page leaves.
 */
const pageKey = (accelerator: string): MenuItemConstructorOptions => ({ accelerator, registerAccelerator: false });

const settings = (send: MenuOptions['send']) => command('Settings…', 'settings', send, { accelerator: 'CmdOrCtrl+,' });

function appMenu({ appName, send }: MenuOptions): MenuItemConstructorOptions {
  return {
    label: appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settings(send),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
}

function fileMenu({ send }: MenuOptions, mac: boolean): MenuItemConstructorOptions {
  return {
    label: mac ? 'File' : '&File',
    submenu: [
      command('Save Article…', 'save', send, pageKey('CmdOrCtrl+S')),
      command('Import from Another Service…', 'import', send),
      { type: 'separator' },
      ...(mac ? [{ role: 'close' } as const] : [settings(send), { type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
}

function editMenu(mac: boolean): MenuItemConstructorOptions {
  return {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      // In the library Ctrl/⌘+A selects every article (the page's shortcut); in a text field, its text.
      { role: 'selectAll', ...pageKey('CmdOrCtrl+A') },
    ],
  };
}

function viewMenu({ isDevelopment, send, platform }: MenuOptions): MenuItemConstructorOptions {
  const development: MenuItemConstructorOptions[] = isDevelopment ? [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] : [];
  return {
    label: platform === 'darwin' ? 'View' : '&View',
    submenu: [
      ...development,
      command('Search the Library', 'search', send),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

const SCREENS = [
  ['Unread', 'show:unread'],
  ['All Articles', 'show:all'],
  ['Starred', 'show:starred'],
  ['Archive', 'show:archive'],
  ['Highlights', 'show:highlights'],
  ['Trash', 'show:trash'],
] as const satisfies ReadonlyArray<readonly [string, MenuCommand]>;

function goMenu({ send, platform }: MenuOptions): MenuItemConstructorOptions {
  return { label: platform === 'darwin' ? 'Go' : '&Go', submenu: SCREENS.map(([label, name]) => command(label, name, send)) };
}

function helpMenu({ send, homepage, openExternal }: MenuOptions, mac: boolean): MenuItemConstructorOptions {
  const page: MenuItemConstructorOptions[] =
    homepage && isExternalWebUrl(homepage) ? [{ type: 'separator' }, { label: 'News Archive on the Web', click: () => openExternal(homepage) }] : [];
  return {
    role: 'help',
    label: mac ? 'Help' : '&Help',
    submenu: [command('Keyboard Shortcuts', 'help', send), ...page],
  };
}
