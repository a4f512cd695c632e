import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTempName, removeStaleTempFiles, tempPathFor } from '../../../../../src/main/core/fs/tempFiles';
import { writeFileAtomic } from '../../../../../src/main/core/fs/writeFileAtomic';
import { makeTempDir } from '../support/fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

describe('writeFileAtomic', () => {
  it('creates and then replaces a file, leaving no temp file behind', async () => {
    const target = join(dir, 'records.json');
    await writeFileAtomic(target, '{"v":1}');
    await writeFileAtomic(target, '{"v":2}');
    expect(await readFile(target, 'utf8')).toBe('{"v":2}');
    expect(await readdir(dir)).toEqual(['records.json']);
  });

  it('keeps the old content and removes its temp file when the write fails', async () => {
    const target = join(dir, 'records.json');
    await writeFileAtomic(target, 'old');
    await mkdir(join(dir, 'blocker'));
    await expect(writeFileAtomic(join(dir, 'blocker'), 'new')).rejects.toThrow(); // cannot rename a file over a folder
    expect(await readFile(target, 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['blocker', 'records.json']);
  });

  it('gives each concurrent write its own temp file', async () => {
    const target = join(dir, 'records.json');
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileAtomic(target, `{"v":${i}}`)));
    expect(JSON.parse(await readFile(target, 'utf8')).v).toBeGreaterThanOrEqual(0);
    expect(await readdir(dir)).toEqual(['records.json']);
  });
});

describe('stale temp files', () => {
  it('removes only what interrupted writes left', async () => {
    const temp = tempPathFor(join(dir, 'library.json'));
    expect(isTempName(temp.slice(dir.length + 1))).toBe(true);
    await writeFile(temp, '{"half":');
    await mkdir(tempPathFor(join(dir, 'some-folder')));
    await writeFile(join(dir, 'library.json'), '{}');
    await writeFile(join(dir, '.hidden-but-ours.tmp'), 'keep');
    await removeStaleTempFiles(dir);
    expect((await readdir(dir)).sort()).toEqual(['.hidden-but-ours.tmp', 'library.json']);
  });

  it('accepts a folder that does not exist', async () => {
    await expect(removeStaleTempFiles(join(dir, 'missing'))).resolves.toBeUndefined();
  });
});
