import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../../../../../src/main/core/store/backupStamps';
import { makeTempDir, withLibrary } from '../support/fixtures';

const MINUTE = 60 * 1000;

let dir = '';
let cleanup = async () => {};
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: new Date('2025-03-18T10:00:00.000Z') });
});
afterEach(async () => {
  vi.useRealTimers();
  await cleanup();
});

describe('the record backups of an open library', () => {
  it('follow the interval and the number kept in the settings, changed while the library is open', async () => {
    const backups = () => listBackups(join(dir, 'backups'));
    await withLibrary({ dir }, async (library) => {
      await vi.waitFor(async () => expect(await backups()).toEqual(['2025-03-18T10-00-00-000Z']));
      await library.settings.update({ backupEveryHours: 1, backupsKept: 2 });
      // The schedule moves once the backups folder is read: time runs on in small steps until each backup is taken.
      for (const hour of ['11', '12', '13']) {
        await vi.waitFor(async () => {
          await vi.advanceTimersByTimeAsync(MINUTE);
          expect((await backups())[0]).toMatch(new RegExp(`^2025-03-18T${hour}-`));
        }, { timeout: 5000, interval: 10 });
      }
      await vi.waitFor(async () => expect(await backups()).toHaveLength(2));
    });
  });

  it('refuses an interval or a count out of bounds', async () => {
    await withLibrary({ dir }, async (library) => {
      for (const patch of [{ backupEveryHours: 0 }, { backupEveryHours: 169 }, { backupsKept: 0 }, { backupsKept: 101 }, { backupsKept: 2.5 }]) {
        await expect(library.settings.update(patch)).rejects.toMatchObject({ code: 'invalid-input' });
      }
    });
  });
});
