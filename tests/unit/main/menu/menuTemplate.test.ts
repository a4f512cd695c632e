import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuOptions } from '../../../../src/main/menu/menuTemplate';
import { MenuCommandSchema } from '../../../../src/shared/ipc/menuCommand';

const build = (platform: NodeJS.Platform, overrides: Partial<MenuOptions> = {}) => {
  const send = vi.fn();
  const openExternal = vi.fn();
  const template = menuTemplate({ platform, appName: 'News Archive', isDevelopment: false, homepage: 'https://example.org/news-archive', send, openExternal, ...overrides });
  return { template, send, openExternal };
};
const labels = (template: MenuItemConstructorOptions[]) => template.map((menu) => menu.label ?? menu.role);
const items = (menu: MenuItemConstructorOptions | undefined) => (menu?.submenu ?? []) as MenuItemConstructorOptions[];
const everyItem = (template: MenuItemConstructorOptions[]) => template.flatMap(items);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as () => void)();

describe('menuTemplate', () => {
  it('gives macOS the app menu with About, Settings…, Services, Hide and Quit, and a Window menu', () => {
    const { template } = build('darwin');
    expect(labels(template)).toEqual(['News Archive', 'File', 'Edit', 'View', 'Go', 'windowMenu', 'Help']);
    const app = items(template[0]).map((item) => item.role ?? item.label ?? item.type);
    expect(app).toEqual(['about', 'separator', 'Settings…', 'separator', 'services', 'separator', 'hide', 'hideOthers', 'unhide', 'separator', 'quit']);
    expect(items(template[1]).at(-1)?.role).toBe('close');
  });

  it.each(['win32', 'linux'] as const)('gives %s File, Edit, View, Go and Help, with Settings and Exit in File', (platform) => {
    const { template } = build(platform);
    expect(labels(template)).toEqual(['&File', '&Edit', '&View', '&Go', '&Help']);
    const file = items(template[0]).map((item) => item.role ?? item.label ?? item.type);
    expect(file).toEqual(['Save Article…', 'Import from Another Service…', 'separator', 'Settings…', 'separator', 'quit']);
  });

  it.each(['darwin', 'win32', 'linux'] as const)('has the standard Edit commands on %s', (platform) => {
    const edit = items(build(platform).template.find((menu) => /Edit/.test(String(menu.label))));
    expect(edit.map((item) => item.role ?? item.type)).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('sends each app command by name, and only names the window knows', () => {
    const { template, send } = build('darwin');
    for (const item of everyItem(template).filter((entry) => entry.click && entry.label !== 'News Archive on the Web')) click(item);
    const sent = send.mock.calls.map(([name]) => MenuCommandSchema.parse(name));
    expect(sent).toEqual(['settings', 'save', 'import', 'search', 'show:unread', 'show:all', 'show:starred', 'show:archive', 'show:highlights', 'show:trash', 'help']);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDevelopment: boolean) => everyItem(build('linux', { isDevelopment }).template).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(false)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('links the project page from Help only when it is a web address', () => {
    const { template, openExternal } = build('win32');
    click(everyItem(template).find((item) => item.label === 'News Archive on the Web'));
    expect(openExternal).toHaveBeenCalledWith('https://example.org/news-archive');
    const local = everyItem(build('win32', { homepage: 'file:///etc/passwd' }).template);
    expect(local.some((item) => item.label === 'News Archive on the Web')).toBe(false);
  });
});
