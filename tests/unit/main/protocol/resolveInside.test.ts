import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInside } from '../../../../src/main/protocol/resolveInside';

let base: string;
let root: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'resolve-inside-')));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'app file.js'), '');
  await writeFile(join(base, 'secret.txt'), 'secret');
  await symlink(join(base, 'secret.txt'), join(root, 'escape.txt'));
  await symlink(base, join(root, 'escape-dir'));
  await symlink(join(root, 'index.html'), join(root, 'alias.html'));
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('resolveInside', () => {
  it('finds files inside the root, decoding the URL path', async () => {
    expect(await resolveInside(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(await resolveInside(root, '/assets/app%20file.js')).toBe(join(root, 'assets', 'app file.js'));
  });

  it('follows a symlink that stays inside', async () => {
    expect(await resolveInside(root, '/alias.html')).toBe(join(root, 'index.html'));
  });

  it.each([
    ['parent segments', '/../secret.txt'],
    ['encoded parent segments', '/%2e%2e/secret.txt'],
    ['encoded slash', '/..%2fsecret.txt'],
    ['encoded slash, upper case', '/assets%2Fapp%20file.js'],
    ['encoded backslash', '/..%5csecret.txt'],
    ['backslash', '/..\\secret.txt'],
    ['NUL', '/index.html%00.png'],
    ['a drive letter', '/C:/Windows/win.ini'],
    ['an encoded absolute path', '/%2Fetc%2Fpasswd'],
    ['an absolute path, which stays inside the root', '//etc/passwd'],
    ['malformed encoding', '/%E0%A4%A'],
    ['a symlink to a file outside', '/escape.txt'],
    ['a symlink to a folder outside', '/escape-dir/secret.txt'],
    ['a file that does not exist', '/missing.js'],
  ])('refuses %s', async (_what, path) => {
    expect(await resolveInside(root, path)).toBeUndefined();
  });
});
