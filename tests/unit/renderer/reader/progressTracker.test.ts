import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgressTracker } from '../../../../src/renderer/src/features/reader/progressTracker';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

const track = (saved = 0, read = false) => {
  const save = vi.fn();
  return { save, tracker: createProgressTracker({ saved, read, save, intervalMs: 1000 }) };
};

describe('createProgressTracker', () => {
  it('saves at most once a second while scrolling, with the latest place', () => {
    const { save, tracker } = track();
    tracker.update(0.1);
    tracker.update(0.2);
    vi.advanceTimersByTime(999);
    expect(save).not.toHaveBeenCalled();
    tracker.update(0.31234);
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledExactlyOnceWith({ progress: 0.312 });
    tracker.update(0.4);
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenLastCalledWith({ progress: 0.4 });
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('saves what is left at once on leaving, and nothing when nothing moved', () => {
    const { save, tracker } = track(0.5);
    tracker.update(0.5);
    tracker.flush();
    expect(save).not.toHaveBeenCalled();
    tracker.update(0.6);
    tracker.flush();
    expect(save).toHaveBeenCalledExactlyOnceWith({ progress: 0.6 });
    vi.advanceTimersByTime(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('marks the article read when its end is reached, once', () => {
    const { save, tracker } = track();
    tracker.update(1);
    expect(save).toHaveBeenCalledExactlyOnceWith({ progress: 1, read: true });
    tracker.update(0.9);
    vi.advanceTimersByTime(1000);
    tracker.update(1);
    vi.advanceTimersByTime(1000);
    expect(save.mock.calls).toEqual([[{ progress: 1, read: true }], [{ progress: 0.9 }], [{ progress: 1 }]]);
  });

  it('leaves an article read already as it is', () => {
    const { save, tracker } = track(0, true);
    tracker.update(1);
    tracker.flush();
    expect(save).toHaveBeenCalledExactlyOnceWith({ progress: 1 });
  });

  it('does not mark read again an article the person marked unread during this reading', () => {
    const { save, tracker } = track(0, true);
    tracker.keepUnread();
    tracker.noteRead(false);
    tracker.update(1);
    tracker.flush();
    expect(save).toHaveBeenCalledExactlyOnceWith({ progress: 1 });
  });

  it('marks read at the end an article that became unread elsewhere', () => {
    const { save, tracker } = track(0, true);
    tracker.noteRead(false);
    tracker.update(1);
    expect(save).toHaveBeenCalledExactlyOnceWith({ progress: 1, read: true });
  });
});
