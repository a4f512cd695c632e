import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../../src/main/menu/menuTemplate';
import { SHORTCUTS } from '../../../../src/renderer/src/features/shortcuts/shortcuts';

// The menu is built in main, the keys are declared in the renderer: this test holds them together.
const everyItem = (platform: NodeJS.Platform) =>
  menuTemplate({ platform, appName: 'News Archive', isDevelopment: true, send: vi.fn(), openExternal: vi.fn() }).flatMap(
    (menu) => (menu.submenu ?? []) as MenuItemConstructorOptions[],
  );
const asAccelerator = (key: string) => `CmdOrCtrl+${key.slice(4).toUpperCase()}`;
const declared = (id: string) => asAccelerator(SHORTCUTS.find((shortcut) => shortcut.id === id)!.keys.find((key) => key.startsWith('Mod+'))!);

describe('the menu accelerators', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('show the Ctrl/⌘ keys the window declares, without registering them (%s)', (platform) => {
    const all = everyItem(platform);
    const save = all.find((item) => item.label === 'Save Article…')!;
    expect(save).toMatchObject({ accelerator: declared('save'), registerAccelerator: false });
    const selectAll = all.find((item) => item.role === 'selectAll')!;
    expect(selectAll).toMatchObject({ accelerator: declared('selectAll'), registerAccelerator: false });
  });

  it('register only keys no declared shortcut uses', () => {
    const declaredKeys = SHORTCUTS.flatMap((shortcut) => shortcut.keys.filter((key) => key.startsWith('Mod+')).map(asAccelerator));
    const registered = everyItem('linux').filter((item) => item.accelerator && item.registerAccelerator !== false).map((item) => String(item.accelerator));
    expect(registered).toEqual(['CmdOrCtrl+,']);
    expect(registered.filter((key) => declaredKeys.includes(key))).toEqual([]);
  });
});
