import { describe, expect, it } from 'vitest';
import { CoalescingWriter } from '../../../../../src/main/core/store/coalescingWriter';

describe('CoalescingWriter', () => {
  it('runs one write at a time and folds a burst into the next write', async () => {
    let value = 0;
    const written: number[] = [];
    let running = 0;
    const writer = new CoalescingWriter(async () => {
      const snapshot = value; // serialized when the write starts
      running++;
      expect(running).toBe(1);
      await new Promise((done) => setTimeout(done, 5));
      written.push(snapshot);
      running--;
    });
    const requests: Promise<void>[] = [];
    for (let i = 1; i <= 10; i++) {
      value = i;
      requests.push(writer.request());
    }
    await Promise.all(requests);
    // The first write started at once with all ten changes (it starts on a later tick).
    expect(written).toEqual([10]);

    value = 11;
    const first = writer.request();
    await Promise.resolve();
    await Promise.resolve();
    value = 12;
    const burst = [writer.request(), writer.request(), writer.request()];
    await Promise.all([first, ...burst]);
    expect(written).toEqual([10, 11, 12]);
  });

  it('reports a failed write to its callers and carries on with the next', async () => {
    let fail = true;
    const writer = new CoalescingWriter(async () => {
      if (fail) throw new Error('disk full');
    });
    await expect(writer.request()).rejects.toThrow('disk full');
    fail = false;
    await expect(writer.request()).resolves.toBeUndefined();
    await expect(writer.idle()).resolves.toBeUndefined();
  });
});
