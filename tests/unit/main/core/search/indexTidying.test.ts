import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIndexTidying } from '../../../../../src/main/core/search/indexTidying';

describe('merging the index in idle time', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('merges step by step once writes have stopped for a second, until nothing is left, and never after stop', () => {
    let work = 3;
    const index = { mergeStep: vi.fn(() => work-- > 0) };
    const tidying = createIndexTidying(index, () => undefined);
    tidying.soon();
    vi.advanceTimersByTime(900);
    tidying.soon(); // another write: the wait starts again
    vi.advanceTimersByTime(900);
    expect(index.mergeStep).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    vi.runAllTimers();
    expect(index.mergeStep).toHaveBeenCalledTimes(4);

    work = 5;
    tidying.soon();
    tidying.stop();
    vi.runAllTimers();
    expect(index.mergeStep).toHaveBeenCalledTimes(4);
  });
});
