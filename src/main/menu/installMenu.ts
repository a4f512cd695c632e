import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, Menu, shell, type BrowserWindow } from 'electron';
import type { MenuCommand } from '../../shared/ipc/menuCommand';
import { eventNames } from '../../shared/ipc/channels';
import { menuTemplate } from './menuTemplate';

/** Sets the app's menu bar; its commands go to the window as onMenuCommand events. */
export function installMenu(window: () => BrowserWindow | undefined): void {
  const send = (command: MenuCommand) => window()?.webContents.send(eventNames.onMenuCommand, command);
  const openExternal = (url: string) => void shell.openExternal(url);
  const template = menuTemplate({ platform: process.platform, appName: app.name, isDevelopment: !app.isPackaged, homepage: readHomepage(), send, openExternal });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** package.json's homepage, read at run time from the app's folder (the asar when packaged). */
function readHomepage(): string | undefined {
  const manifest: unknown = JSON.parse(readFileSync(join(app.getAppPath(), 'package.json'), 'utf8'));
  const { homepage } = manifest as { homepage?: unknown };
  return typeof homepage === 'string' ? homepage : undefined;
}
