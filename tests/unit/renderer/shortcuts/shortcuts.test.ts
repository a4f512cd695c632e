import { describe, expect, it } from 'vitest';
import { isShortcutOf, keyLabel, keyMatches, SHORTCUTS } from '../../../../src/renderer/src/features/shortcuts/shortcuts';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

// jsdom's navigator.platform is not a Mac's, so Mod is Ctrl here.
describe('keyMatches', () => {
  it('matches a plain key only without Ctrl, ⌘ or Alt', () => {
    expect(keyMatches('s', press('s'))).toBe(true);
    expect(keyMatches('s', press('s', { ctrlKey: true }))).toBe(false);
    expect(keyMatches('s', press('s', { altKey: true }))).toBe(false);
    expect(keyMatches('s', press('S'))).toBe(false);
    expect(keyMatches('?', press('?'))).toBe(true);
  });

  it('matches Mod+ keys with Ctrl, in either case', () => {
    expect(keyMatches('Mod+s', press('s', { ctrlKey: true }))).toBe(true);
    expect(keyMatches('Mod+s', press('S', { ctrlKey: true }))).toBe(true);
    expect(keyMatches('Mod+s', press('s'))).toBe(false);
    expect(keyMatches('Mod+s', press('s', { ctrlKey: true, altKey: true }))).toBe(false);
  });
});

describe('keyLabel', () => {
  it('writes keys as people read them', () => {
    expect(keyLabel('Mod+a')).toBe('Ctrl+A');
    expect(keyLabel('Escape')).toBe('Esc');
    expect(keyLabel('Delete')).toBe('Delete');
    expect(keyLabel('j')).toBe('j');
  });
});

describe('isShortcutOf', () => {
  it("knows the reader's keys, those that work everywhere included, and not the library's", () => {
    expect(isShortcutOf('reader', press('+'))).toBe(true);
    expect(isShortcutOf('reader', press('s'))).toBe(true);
    expect(isShortcutOf('reader', press('s', { ctrlKey: true }))).toBe(true);
    expect(isShortcutOf('reader', press('j'))).toBe(false);
    expect(isShortcutOf('reader', press('ArrowDown'))).toBe(false);
    expect(isShortcutOf('library', press('j'))).toBe(true);
  });
});

describe('SHORTCUTS', () => {
  it('gives no key two meanings in the same place', () => {
    const seen = new Map<string, string>();
    for (const { id, keys, where } of SHORTCUTS) {
      for (const key of keys) {
        for (const place of where === 'both' ? ['library', 'reader'] : [where]) {
          const clash = seen.get(`${place} ${key}`);
          expect(clash, `${key} in the ${place}: ${clash} and ${id}`).toBeUndefined();
          seen.set(`${place} ${key}`, id);
        }
      }
    }
  });
});
