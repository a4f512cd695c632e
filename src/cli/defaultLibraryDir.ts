import { posix, win32 } from 'node:path';

/** The desktop app's name, which Electron uses for its user-data folder (package.json productName). */
const APP_NAME = 'News Archive';

export interface UserFolders {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homedir: string;
}

/**
 * The library the desktop app opens by default: `Library` inside Electron's userData folder, which is
 * the OS's per-user application-data folder plus the app's name. Computed here so the command line
 * finds the same library without loading Electron.
 */
export function defaultLibraryDir({ platform, env, homedir }: UserFolders): string {
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(homedir, 'AppData', 'Roaming'), APP_NAME, 'Library');
  if (platform === 'darwin') return posix.join(homedir, 'Library', 'Application Support', APP_NAME, 'Library');
  return posix.join(env.XDG_CONFIG_HOME || posix.join(homedir, '.config'), APP_NAME, 'Library');
}
