import type { ReactNode } from 'react';
import { eventNames, type EventKey } from '../../../src/shared/ipc/channels';
import { createApi } from '../../../src/shared/ipc/createApi';
import type { Api, EventPayload } from '../../../src/shared/ipc/contract';
import type { Result } from '../../../src/shared/ipc/result';
import type { Article } from '../../../src/shared/model/article';
import { makeArticle } from '../../support/makeArticle';
import { ApiContext } from '../../../src/renderer/src/lib/api';

export interface FakeApi {
  api: Api;
  /** Pushes an event to every subscribed listener, as main would. */
  emit<E extends EventKey>(event: E, payload: EventPayload<E>): void;
  listenerCount(event: EventKey): number;
}

const notFaked: Result<never> = { ok: false, error: { code: 'internal', message: 'not faked' } };

/** A bridge for renderer tests: the given methods, every other one failing loudly, and real event fan-out. */
export function createFakeApi(methods: { [D in keyof Api]?: Partial<Api[D]> } = {}): FakeApi {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const listenersOf = (event: string) => listeners.get(event) ?? listeners.set(event, new Set()).get(event)!;
  const api = createApi({
    invoke: async (channel, input) => {
      const [domain, verb] = channel.split(':') as [keyof Api, string];
      const method = (methods[domain] as Record<string, ((input: unknown) => Promise<unknown>) | undefined> | undefined)?.[verb];
      return method ? method(input) : notFaked;
    },
    subscribe: (event, listener) => {
      listenersOf(event).add(listener);
      return () => void listenersOf(event).delete(listener);
    },
  });
  return {
    api,
    emit: (event, payload) => listenersOf(eventNames[event]).forEach((listener) => listener(payload)),
    listenerCount: (event) => listenersOf(eventNames[event]).size,
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
