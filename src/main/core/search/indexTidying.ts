import type { SearchIndex } from './searchIndex';

/** How long writes must have stopped before merging: edits come in bursts. */
const QUIET_MS = 1_000;

/**
 * Merges the index's segments in idle time. FTS5 adds a segment per transaction and by default merges
 * them as it writes, which made one edit in eight wait 10–20 ms for its article to be searchable; the index
 * is opened with that off (see searchDatabase), and this merges a few pages at a time, letting searches
 * run between the steps, once writes have stopped for a while.
 */
export function createIndexTidying(index: Pick<SearchIndex, 'mergeStep'>, onError: (error: unknown) => void) {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const later = (ms: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(step, ms).unref();
  };
  function step(): void {
    try {
      if (index.mergeStep()) later(0);
    } catch (error) {
      onError(error);
    }
  }
  return {
    /** After a write: merges once writes have stopped for QUIET_MS. */
    soon: () => later(QUIET_MS),
    /** No step runs after this (the database is about to close). */
    stop(): void {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
