import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLibraryDir } from '../../../../../src/main/core/library/resolveLibraryDir';

describe('resolveLibraryDir', () => {
  const defaultDir = '/home/ada/.config/News Archive';

  it('uses the default when nothing overrides it', () => {
    expect(resolveLibraryDir({ env: {}, argv: [], defaultDir })).toBe(resolve(defaultDir));
    expect(resolveLibraryDir({ env: { NEWS_ARCHIVE_LIBRARY: '' }, argv: ['--library'], defaultDir })).toBe(resolve(defaultDir));
  });

  it('honours NEWS_ARCHIVE_LIBRARY', () => {
    expect(resolveLibraryDir({ env: { NEWS_ARCHIVE_LIBRARY: '/data/lib' }, argv: [], defaultDir })).toBe(resolve('/data/lib'));
  });

  it('prefers --library DIR and --library=DIR over the environment, resolving relative paths', () => {
    const env = { NEWS_ARCHIVE_LIBRARY: '/data/lib' };
    expect(resolveLibraryDir({ env, argv: ['app', '--library', '/tmp/x'], defaultDir })).toBe(resolve('/tmp/x'));
    expect(resolveLibraryDir({ env, argv: ['app', '--library=rel/lib'], defaultDir })).toBe(resolve('rel/lib'));
  });

  it('opens the library where it was moved, unless --library or NEWS_ARCHIVE_LIBRARY names another', () => {
    const movedTo = '/media/disk/News';
    expect(resolveLibraryDir({ env: {}, argv: [], movedTo, defaultDir })).toBe(resolve(movedTo));
    expect(resolveLibraryDir({ env: { NEWS_ARCHIVE_LIBRARY: '/data/lib' }, argv: [], movedTo, defaultDir })).toBe(resolve('/data/lib'));
    expect(resolveLibraryDir({ env: {}, argv: ['--library=/tmp/x'], movedTo, defaultDir })).toBe(resolve('/tmp/x'));
  });
});
