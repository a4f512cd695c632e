/**
 * Serializes the writes of one file and coalesces them: while a write runs, every new request
 * joins the single write queued behind it, which serializes the data as it is when it starts.
 * So a burst of mutations costs at most two writes, and each caller resolves once its change is durable.
 */
export class CoalescingWriter {
  #last: Promise<void> = Promise.resolve();
  #queued: Promise<void> | undefined;

  constructor(private readonly flush: () => Promise<void>) {}

  request(): Promise<void> {
    if (this.#queued) return this.#queued;
    const queued = this.#last
      .catch(() => undefined)
      .then(() => {
        // From here on the data is being serialized: later changes need the next write.
        this.#queued = undefined;
        return this.flush();
      });
    this.#queued = queued;
    this.#last = queued;
    return queued;
  }

  /** Resolves when no write is running or queued (failures were already reported to their callers). */
  async idle(): Promise<void> {
    let last: Promise<void>;
    do {
      last = this.#last;
      await last.catch(() => undefined);
    } while (last !== this.#last);
  }
}
