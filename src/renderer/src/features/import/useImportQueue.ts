import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Result } from '../../../../shared/ipc/result';
import type { ArticleId } from '../../../../shared/model/article';
import type { ImportLink, ImportProgress } from '../../../../shared/model/import';
import { useApi } from '../../lib/api';

/** The background downloads of imported links, as the whole app follows them. */
export interface ImportQueue {
  /** Null until main has answered. */
  progress: ImportProgress | null;
  /** Imported articles still only links, by id: what the library rows mark. */
  links: ReadonlyMap<ArticleId, ImportLink>;
  /** Of the failed links, those imported without fetching: waiting for a first download, not failed. */
  notFetched: number;
  /** Why the last pause, resume, cancel or retry failed, if it did. */
  failure: string | null;
  pause: () => void;
  resume: () => void;
  cancel: () => void;
  /** Downloads failed links again: those named, or all. */
  retry: (articleIds?: ArticleId[]) => void;
  /** Reads the links again now (after an import added some). */
  refreshLinks: () => void;
}

/**
 * Progress arrives after every page; the links list can hold thousands, so it is read again at most
 * this often while pages come in, never once per page.
 */
export const LINKS_REFRESH_MS = 1500;

/** The error code of a link imported without fetching its page. */
export const NOT_FETCHED = 'not-fetched';

const byId = (links: readonly ImportLink[]) => new Map(links.map((link) => [link.articleId, link]));

/** The import queue: its progress live through onImportProgress, its links, and the actions on it. */
export function useImportQueue(): ImportQueue {
  const api = useApi();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [links, setLinks] = useState<ReadonlyMap<ArticleId, ImportLink>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const refreshLinks = useCallback(() => {
    void api.imports.links().then((result) => result.ok && setLinks(byId(result.value)));
  }, [api]);

  useEffect(() => {
    void api.imports.progress().then((result) => result.ok && setProgress(result.value));
    refreshLinks();
    const unsubscribe = api.onImportProgress((next) => {
      setProgress(next);
      timer.current ??= setTimeout(() => {
        timer.current = null;
        refreshLinks();
      }, LINKS_REFRESH_MS);
    });
    return () => {
      unsubscribe();
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [api, refreshLinks]);

  const act = useCallback(
    (change: Promise<Result<ImportProgress>>) => {
      setFailure(null);
      void change.then((result) => {
        if (!result.ok) return setFailure(result.error.message);
        setProgress(result.value);
        refreshLinks();
      });
    },
    [refreshLinks],
  );

  const pause = useCallback(() => act(api.imports.pause()), [act, api]);
  const resume = useCallback(() => act(api.imports.resume()), [act, api]);
  const cancel = useCallback(() => act(api.imports.cancel()), [act, api]);
  const retry = useCallback((articleIds?: ArticleId[]) => act(api.imports.retryFailed({ articleIds })), [act, api]);

  const notFetched = useMemo(() => {
    let count = 0;
    for (const link of links.values()) if (link.error?.code === NOT_FETCHED) count++;
    return count;
  }, [links]);

  return { progress, links, notFetched, failure, pause, resume, cancel, retry, refreshLinks };
}
