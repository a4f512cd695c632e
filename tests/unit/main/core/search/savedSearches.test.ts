import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSearchLibrary } from './searchLibrary';

const lib = useSearchLibrary();

describe('saved searches', () => {
  it('keeps searches by name across restarts, sorted, reporting each change', async () => {
    const library = await lib.open();
    let changes = 0;
    library.on('savedSearchesChanged', () => changes++);
    await library.search.save({ name: 'Zeta', query: 'z' });
    const alpha = await library.search.save({ name: '  alpha ', query: ' tag:ukraine ' });
    expect(alpha).toMatchObject({ name: 'alpha', query: 'tag:ukraine' });
    await expect(library.search.save({ name: 'ALPHA', query: 'x' })).rejects.toMatchObject({ code: 'invalid-input', message: 'A saved search is already called "ALPHA". Choose another name.' });
    const reopened = await lib.open();
    expect(reopened.search.saved().map((search) => search.name)).toEqual(['alpha', 'Zeta']);
    await reopened.search.deleteSaved(alpha.id);
    expect(reopened.search.saved().map((search) => search.name)).toEqual(['Zeta']);
    expect(changes).toBe(2);
  });

  it('repairs a damaged saved searches file like any record file', async () => {
    await (await lib.open()).search.save({ name: 'Kept', query: 'k' });
    await lib.close();
    const file = join(lib.dir(), 'records', 'savedSearches.json');
    expect(JSON.parse((await readFile(file, 'utf8')).split('\n')[0] ?? '{}')).toBeTruthy();
    await writeFile(file, '{"schemaVersion": 1, "sear');
    // Whether the scheduled backup ran before the close depends on the machine's speed: without one, the
    // repair has nothing to restore, every time.
    await rm(join(lib.dir(), 'backups'), { recursive: true, force: true });
    const library = await lib.open();
    expect(library.notices.map((notice) => notice.message).join()).toMatch(/records\/savedSearches\.json was damaged/);
    expect(library.search.saved()).toEqual([]);
  });
});
