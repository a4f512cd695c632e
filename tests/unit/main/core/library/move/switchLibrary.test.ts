import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { switchLibrary } from '../../../../../../src/main/core/library/move/switchLibrary';
import { makeTempDir } from '../../support/fixtures';

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir: root, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

describe('switchLibrary', () => {
  const run = (copy: (from: string, to: string) => Promise<void>, openFails: (dir: string) => boolean = () => false) => {
    const steps: string[] = [];
    const done = switchLibrary({
      from: join(root, 'old'),
      to: join(root, 'new'),
      closeCurrent: async () => void steps.push('close'),
      open: async (dir) => {
        steps.push(`open ${dir.slice(root.length + 1)}`);
        if (openFails(dir)) throw new Error('damaged');
      },
      copy: async (from, to) => {
        steps.push('copy');
        await copy(from, to);
      },
    });
    return done.then(
      () => ({ steps, error: undefined }),
      (error: Error) => ({ steps, error: error.message }),
    );
  };

  it('closes the library, copies it and opens the copy', async () => {
    expect(await run(async () => {})).toEqual({ steps: ['close', 'copy', 'open new'], error: undefined });
  });

  it('opens the original again when the copy fails', async () => {
    const failed = await run(async () => Promise.reject(new Error('disk full')));
    expect(failed).toEqual({ steps: ['close', 'copy', 'open old'], error: 'disk full' });
  });

  it('opens the original again when the copy cannot be opened, and says where the copy is', async () => {
    const failed = await run(async () => {}, (dir) => dir.endsWith('new'));
    expect(failed.steps).toEqual(['close', 'copy', 'open new', 'open old']);
    expect(failed.error).toMatch(/copied to .*new but could not be opened there \(damaged\); the original is open again/);
  });

  it('refuses a bad destination before closing anything', async () => {
    const steps: string[] = [];
    const refused = switchLibrary({
      from: root,
      to: join(root, 'inside'),
      closeCurrent: async () => void steps.push('close'),
      open: async () => void steps.push('open'),
    });
    await expect(refused).rejects.toThrow(/into itself/);
    expect(steps).toEqual([]);
  });
});
