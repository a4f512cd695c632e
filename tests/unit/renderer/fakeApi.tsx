import type { ReactNode } from 'react';
import { eventNames, type EventKey } from '../../../src/shared/ipc/channels';
import type { Api, EventPayload } from '../../../src/shared/ipc/contract';
import type { Result } from '../../../src/shared/ipc/result';
import type { Article } from '../../../src/shared/model/article';
import { makeArticle } from '../../support/makeArticle';
import { ApiContext } from '../../../src/renderer/src/lib/api';

type Listeners = { [E in EventKey]: Set<(payload: EventPayload<E>) => void> };

export interface FakeApi {
  api: Api;
  /** Pushes an event to every subscribed listener, as main would. */
  emit<E extends EventKey>(event: E, payload: EventPayload<E>): void;
  listenerCount(event: EventKey): number;
}

const notImplemented = async (): Promise<Result<never>> => ({ ok: false, error: { code: 'internal', message: 'not faked' } });

/** A bridge for renderer tests: the given methods, every other one failing loudly, and real event fan-out. */
export function createFakeApi(methods: { [D in keyof Api]?: Partial<Api[D]> } = {}): FakeApi {
  const listeners = Object.fromEntries(Object.keys(eventNames).map((key) => [key, new Set()])) as unknown as Listeners;
  const domain = <D extends 'library' | 'articles' | 'settings' | 'shell'>(name: D, verbs: readonly string[]) =>
    Object.fromEntries(verbs.map((verb) => [verb, (methods[name] as Record<string, unknown> | undefined)?.[verb] ?? notImplemented])) as Api[D];
  const subscribe =
    <E extends EventKey>(event: E) =>
    (listener: (payload: EventPayload<E>) => void) => {
      listeners[event].add(listener);
      return () => void listeners[event].delete(listener);
    };
  const api: Api = {
    library: domain('library', ['info']),
    articles: domain('articles', ['list', 'get', 'content', 'setState']),
    settings: domain('settings', ['get', 'update']),
    shell: domain('shell', ['openExternal']),
    onArticlesChanged: subscribe('onArticlesChanged'),
    onSettingsChanged: subscribe('onSettingsChanged'),
    onLibraryNotice: subscribe('onLibraryNotice'),
  };
  return {
    api,
    emit: (event, payload) => {
      for (const listener of listeners[event]) (listener as (p: typeof payload) => void)(payload);
    },
    listenerCount: (event) => listeners[event].size,
  };
}

export function withApi(api: Api) {
  return function ApiWrapper({ children }: { children: ReactNode }) {
    return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
  };
}

export const ok = <T,>(value: T): Result<T> => ({ ok: true, value });

/** A promise whose settling the test decides. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export function article(overrides: Partial<Article> & Pick<Article, 'title'>): Article {
  return makeArticle(1, { authors: [], siteName: 'News Example', excerpt: '', lang: null, dir: null, publishedAt: null, ...overrides });
}
