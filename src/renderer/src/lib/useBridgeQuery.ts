import { useCallback, useEffect, useState } from 'react';
import type { AppErrorInfo, Result } from '../../../shared/ipc/result';

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: AppErrorInfo };

/** A loadable answer plus `reload`, which fetches again (keeping the current value on screen meanwhile). */
export type Query<T> = Loadable<T> & { reload: () => void };

interface Settled<T> {
  load: () => Promise<Result<T>>;
  revision: number;
  outcome: Loadable<T>;
}

const unreachable = (error: unknown): AppErrorInfo => ({
  code: 'internal',
  message: `The library could not be reached (${error instanceof Error ? error.message : String(error)}).`,
});

/**
 * Runs `load` (keep it stable with useCallback: a new function means a new question) and tracks
 * its Result. Answers to an outdated question are dropped, so a slow reply never overwrites a
 * newer one. While a new question is pending, or a failed one is retried, the state is `loading`.
 */
export function useBridgeQuery<T>(load: () => Promise<Result<T>>): Query<T> {
  const [revision, setRevision] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    let current = true;
    const settle = (outcome: Loadable<T>) => {
      if (current) setSettled({ load, revision, outcome });
    };
    load().then(
      (result) => settle(result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error }),
      (error: unknown) => settle({ status: 'error', error: unreachable(error) }),
    );
    return () => {
      current = false;
    };
  }, [load, revision]);

  const reload = useCallback(() => setRevision((r) => r + 1), []);

  const pending =
    !settled || settled.load !== load || (settled.outcome.status === 'error' && settled.revision !== revision);
  return { ...(pending ? { status: 'loading' } : settled.outcome), reload };
}
