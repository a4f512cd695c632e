import { AppError } from '../../../../shared/ipc/result';

type Reason = 'cancelled' | 'first-byte' | 'total';

/**
 * One abort signal for a whole fetch, fired by the caller's signal, the total time limit or a request's
 * time-to-first-byte limit; `error()` says which of them stopped it.
 */
export class Deadline {
  private readonly controller = new AbortController();
  private reason: Reason | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly onCallerAbort = () => this.stop('cancelled');

  constructor(
    private readonly caller: AbortSignal | undefined,
    private readonly limits: { firstByteMs: number; totalMs: number },
  ) {
    if (caller?.aborted) this.stop('cancelled');
    caller?.addEventListener('abort', this.onCallerAbort, { once: true });
    this.timer(limits.totalMs, 'total');
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Runs one request; it must deliver its response headers within the first-byte limit. */
  async firstByte<T>(request: () => Promise<T>): Promise<T> {
    this.throwIfStopped();
    const timer = this.timer(this.limits.firstByteMs, 'first-byte');
    try {
      return await request();
    } finally {
      this.clearTimer(timer);
    }
  }

  throwIfStopped(): void {
    const error = this.error();
    if (error) throw error;
  }

  /** The AppError for what stopped the fetch, or null while it runs. */
  error(): AppError | null {
    switch (this.reason) {
      case null:
        return null;
      case 'cancelled':
        return new AppError('cancelled', 'The save was cancelled.');
      case 'first-byte':
        return new AppError('timeout', `The server did not answer within ${seconds(this.limits.firstByteMs)}.`);
      case 'total':
        return new AppError('timeout', `The download did not finish within ${seconds(this.limits.totalMs)}.`);
    }
  }

  dispose(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.caller?.removeEventListener('abort', this.onCallerAbort);
  }

  private timer(ms: number, reason: Reason): NodeJS.Timeout {
    const timer = setTimeout(() => this.stop(reason), ms);
    this.timers.add(timer);
    return timer;
  }

  private clearTimer(timer: NodeJS.Timeout): void {
    clearTimeout(timer);
    this.timers.delete(timer);
  }

  private stop(reason: Reason): void {
    if (this.reason) return;
    this.reason = reason;
    this.controller.abort(this.error());
  }
}

function seconds(ms: number): string {
  const count = ms / 1000;
  return `${Number.isInteger(count) ? count : count.toFixed(1)} second${count === 1 ? '' : 's'}`;
}
