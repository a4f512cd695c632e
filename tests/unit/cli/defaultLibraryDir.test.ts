import { describe, expect, it } from 'vitest';
import { defaultLibraryDir } from '../../../src/cli/defaultLibraryDir';

describe('defaultLibraryDir', () => {
  it('is the Linux config folder, honouring XDG_CONFIG_HOME', () => {
    expect(defaultLibraryDir({ platform: 'linux', env: {}, homedir: '/home/ada' })).toBe('/home/ada/.config/News Archive/Library');
    expect(defaultLibraryDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, homedir: '/home/ada' })).toBe('/xdg/News Archive/Library');
    expect(defaultLibraryDir({ platform: 'freebsd', env: { XDG_CONFIG_HOME: '' }, homedir: '/home/ada' })).toBe('/home/ada/.config/News Archive/Library');
  });

  it('is Application Support on macOS', () => {
    expect(defaultLibraryDir({ platform: 'darwin', env: { XDG_CONFIG_HOME: '/xdg' }, homedir: '/Users/ada' })).toBe(
      '/Users/ada/Library/Application Support/News Archive/Library',
    );
  });

  it('is %APPDATA% on Windows, with backslashes', () => {
    expect(defaultLibraryDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, homedir: 'C:\\Users\\ada' })).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\News Archive\\Library',
    );
    expect(defaultLibraryDir({ platform: 'win32', env: {}, homedir: 'C:\\Users\\ada' })).toBe('C:\\Users\\ada\\AppData\\Roaming\\News Archive\\Library');
  });
});
