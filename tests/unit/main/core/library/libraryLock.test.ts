import { readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../../../src/main/core/library/openLibrary';
import { makeTempDir } from '../support/fixtures';
import { spawnLibraryChild } from '../support/spawnLibraryChild';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const lockFile = () => join(dir, 'library.lock');

describe('the library lock', () => {
  it('refuses a second open with a message naming the holder, until the first closes', async () => {
    const startedAt = new Date('2025-03-18T10:00:00.000Z');
    const first = await openLibrary({ dir, appName: 'News Archive', clock: () => startedAt });
    await expect(openLibrary({ dir, appName: 'news-archive CLI' })).rejects.toMatchObject({
      code: 'library-locked',
      message: `The library at ${dir} is in use by News Archive (process ${process.pid} on ${hostname()}) since ${startedAt.toISOString()}.`,
    });
    await first.close();
    const second = await openLibrary({ dir });
    await second.close();
  });

  it('is held by another process while it lives, and taken over once it was killed', async () => {
    const child = spawnLibraryChild('hold', dir);
    try {
      await child.waitForLines(1);
      await expect(openLibrary({ dir })).rejects.toMatchObject({
        code: 'library-locked',
        message: expect.stringContaining(`in use by Test Holder (process ${child.process.pid} on ${hostname()})`),
      });
    } finally {
      await child.kill();
    }
    const library = await openLibrary({ dir });
    expect(JSON.parse(await readFile(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid, appName: 'News Archive' });
    await library.close();
  });

  it('lets only one of two openers take over the same stale lock', async () => {
    const deadPid = 2 ** 22 - 1; // above Linux's default pid_max: never a live process
    await writeFile(lockFile(), JSON.stringify({ pid: deadPid, hostname: hostname(), appName: 'Crashed', startedAt: '2025-01-01T00:00:00.000Z', token: 'old' }));
    const results = await Promise.allSettled([openLibrary({ dir }), openLibrary({ dir })]);
    const opened = results.filter((result) => result.status === 'fulfilled');
    expect(opened).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { code: 'library-locked' } });
    await (opened[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof openLibrary>>>).value.close();
  });

  it('treats a lock file left without content as held at first, and as stale once it is old', async () => {
    await writeFile(lockFile(), '');
    await expect(openLibrary({ dir })).rejects.toMatchObject({ code: 'library-locked', message: `The library at ${dir} is in use by another program.` });
    const longAgo = new Date(Date.now() - 60_000);
    await utimes(lockFile(), longAgo, longAgo);
    const library = await openLibrary({ dir });
    await library.close();
  });

  it('is released when opening fails', async () => {
    await writeFile(join(dir, 'library.json'), JSON.stringify({ format: 'news-archive-library', schemaVersion: 9, id: 'x', createdAt: '2030-01-01T00:00:00.000Z' }));
    await expect(openLibrary({ dir })).rejects.toMatchObject({ code: 'library-newer' });
    await expect(readFile(lockFile())).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
