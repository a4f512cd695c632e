import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { desktopLibraryDir, readLibraryLocation, writeLibraryLocation } from '../../../../../src/main/core/library/libraryLocation';
import { makeTempDir } from '../support/fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

describe('the remembered library location', () => {
  it('is written and read back, and absent until written', async () => {
    const file = join(dir, 'userData', 'location.json');
    expect(await readLibraryLocation(file)).toBeUndefined();
    await writeLibraryLocation(file, '/media/disk/News');
    expect(await readLibraryLocation(file)).toBe('/media/disk/News');
  });

  it('is ignored when the file is damaged', async () => {
    const file = join(dir, 'location.json');
    await writeFile(file, '{"libraryDir": 4');
    expect(await readLibraryLocation(file)).toBeUndefined();
  });

  it('leads the command line to the moved library, from the default beside it', async () => {
    const userData = join(dir, 'News Archive');
    await mkdir(userData);
    const defaultDir = join(userData, 'Library');
    expect(await desktopLibraryDir(defaultDir)).toBe(defaultDir);
    await writeLibraryLocation(join(userData, 'location.json'), '/media/disk/News');
    expect(await desktopLibraryDir(defaultDir)).toBe('/media/disk/News');
  });
});
