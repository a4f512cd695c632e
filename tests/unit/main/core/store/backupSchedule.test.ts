import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleBackups } from '../../../../../src/main/core/store/backupSchedule';

const HOUR = 60 * 60 * 1000;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('scheduleBackups', () => {
  it('backs up at once when due, then once per interval while open, and not after stop', async () => {
    const backup = vi.fn(async () => undefined);
    const schedule = scheduleBackups({ dueNow: true, intervalMs: 12 * HOUR, dueIn: async () => 12 * HOUR, backup, onFailure: vi.fn() });
    await vi.advanceTimersByTimeAsync(0);
    expect(backup).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(backup).toHaveBeenCalledTimes(3);
    await schedule.stop();
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(backup).toHaveBeenCalledTimes(3);
  });

  it('waits for none when not due, reports a failure and keeps going', async () => {
    const onFailure = vi.fn();
    const backup = vi.fn(async () => {
      if (backup.mock.calls.length === 1) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    });
    const schedule = scheduleBackups({ dueNow: false, intervalMs: HOUR, dueIn: async () => HOUR, backup, onFailure });
    await vi.advanceTimersByTimeAsync(0);
    expect(backup).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(backup).toHaveBeenCalledTimes(2);
    expect(onFailure).toHaveBeenCalledOnce();
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: 'ENOSPC' });
    await schedule.stop();
  });

  it('applies a new interval at once, counted from the newest backup', async () => {
    const backup = vi.fn(async () => undefined);
    // The newest backup was taken 3 hours ago.
    const dueIn = vi.fn(async (intervalMs: number) => Math.max(0, intervalMs - 3 * HOUR));
    const schedule = scheduleBackups({ dueNow: false, intervalMs: 12 * HOUR, dueIn, backup, onFailure: vi.fn() });
    await schedule.setInterval(4 * HOUR);
    await vi.advanceTimersByTimeAsync(HOUR - 1);
    expect(backup).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(backup).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(4 * HOUR);
    expect(backup).toHaveBeenCalledTimes(2);
    await schedule.setInterval(1 * HOUR); // overdue at once under the shorter interval
    await vi.advanceTimersByTimeAsync(0);
    expect(backup).toHaveBeenCalledTimes(3);
    await schedule.stop();
  });
});
