import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupManifest } from '../../../../../src/main/core/backup/backupManifest';
import { restoreFullBackup } from '../../../../../src/main/core/backup/restoreFullBackup';
import { writeFullBackup } from '../../../../../src/main/core/backup/writeFullBackup';
import { makeTempDir, withLibrary } from '../support/fixtures';
import { fillLibrary, readZip, writeZip } from './backupFixtures';

let dir = '';
let cleanup = async () => {};
let good = new Map<string, Buffer>();
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  await withLibrary({ dir: join(dir, 'original') }, async (library) => {
    await fillLibrary(library, 2);
    await writeFullBackup(library, join(dir, 'good.zip'), { appVersion: '1.2.3' });
  });
  good = await readZip(join(dir, 'good.zip'));
});
afterAll(() => cleanup());

const manifestOf = (entries: Map<string, Buffer>): BackupManifest => JSON.parse(entries.get('manifest.json')!.toString('utf8')) as BackupManifest;
const withManifest = (entries: Map<string, Buffer>, edit: (manifest: BackupManifest) => void) => {
  const manifest = manifestOf(entries);
  edit(manifest);
  return new Map(entries).set('manifest.json', Buffer.from(JSON.stringify(manifest)));
};
const htmlOf = (entries: Map<string, Buffer>) => [...entries.keys()].find((name) => name.endsWith('article.html'))!;

let count = 0;
/** Restores a ZIP made of these bytes into a new folder: the restore must fail with `message` and write nothing there or beside it. */
async function expectRefused(zip: Buffer, message: RegExp): Promise<void> {
  const name = `bad-${++count}.zip`;
  await writeFile(join(dir, name), zip);
  const target = join(dir, `restored-${count}`);
  const before = await readdir(dir);
  await expect(restoreFullBackup(join(dir, name), target)).rejects.toThrow(message);
  expect(await readdir(dir)).toEqual(before);
}

describe('restoreFullBackup refuses a damaged or hostile backup before writing anything', () => {
  it('a file whose bytes differ from its checksum (same size), naming it', async () => {
    const html = htmlOf(good);
    const tampered = Buffer.from(good.get(html)!);
    tampered[0] = tampered[0]! ^ 1;
    await expectRefused(await writeZip(new Map(good).set(html, tampered)), new RegExp(`${html} does not match its checksum`));
  });

  it('a file listed in the manifest but missing from the ZIP', async () => {
    const html = htmlOf(good);
    const missing = new Map(good);
    missing.delete(html);
    await expectRefused(await writeZip(missing), new RegExp(`${html} is missing from it`));
  });

  it('an entry the manifest does not list', async () => {
    await expectRefused(await writeZip(new Map(good).set('records/extra.json', Buffer.from('{}'))), /records\/extra\.json is not listed in its manifest/);
  });

  it('a size that differs from the manifest (a ZIP bomb declares little and holds much)', async () => {
    const html = htmlOf(good);
    const zip = withManifest(good, (manifest) => (manifest.files.find((file) => file.path === html)!.size = 1));
    await expectRefused(await writeZip(zip), new RegExp(`${html} is \\d+ bytes where the manifest says 1`));
  });

  it('entry names that climb out of the target, absolute or not', async () => {
    // yazl refuses to write such names, so a harmless name of the same length is patched in the bytes.
    for (const [placeholder, hostile] of [
      ['aa/bb/evil.txt', 'aa/../evil.txt'],
      ['xetc/passwd', '/etc/passwd'],
    ] as const) {
      const zip = await writeZip(withManifest(new Map(good).set(placeholder, Buffer.from('x')), (manifest) => manifest.files.push({ path: placeholder, size: 1, sha256: '0'.repeat(64) })));
      const patched = Buffer.from(zip.toString('latin1').split(placeholder).join(hostile), 'latin1');
      await expectRefused(patched, /cannot be restored: (invalid relative path|absolute path)/);
    }
  });

  it('a manifest listing a path outside the library, or one a restore must never write', async () => {
    for (const path of ['../evil.txt', 'library.lock', 'index/search.sqlite', 'content/x/.a.0123456789ab.tmp']) {
      const zip = withManifest(good, (manifest) => manifest.files.push({ path, size: 1, sha256: '0'.repeat(64) }));
      await expectRefused(await writeZip(zip), /which is not a library file/);
    }
  });

  it('a symbolic link', async () => {
    const zip = withManifest(new Map(good).set('records/link.json', Buffer.from('/etc/passwd')), (manifest) =>
      manifest.files.push({ path: 'records/link.json', size: 11, sha256: '0'.repeat(64) }),
    );
    await expectRefused(await writeZip(zip, { 'records/link.json': 0o120777 }), /records\/link\.json is not a plain file/);
  });

  it('a ZIP without a manifest, another format, or a newer one', async () => {
    const bare = new Map(good);
    bare.delete('manifest.json');
    await expectRefused(await writeZip(bare), /it has no manifest\.json, so it is not a News Archive backup/);
    await expectRefused(await writeZip(withManifest(good, (manifest) => (manifest.format = 'other' as 'news-archive-backup'))), /it is not a News Archive backup/);
    await expectRefused(await writeZip(withManifest(good, (manifest) => (manifest.formatVersion = 2))), /made by a newer version of News Archive \(1\.2\.3\)/);
  });
});
