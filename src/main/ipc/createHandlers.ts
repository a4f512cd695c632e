import type { Handlers } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import type { Library } from '../core/library/library';
import { isExternalWebUrl } from '../core/net/externalUrl';

export interface HandlerDeps {
  library: Library;
  /** Hands an http(s) address to the system browser (Electron's shell, or the harness's log). */
  openExternal: (url: string) => Promise<void>;
}

/** Every channel of the contract, implemented over the core. `satisfies` makes a missing one a type error. */
export function createHandlers({ library, openExternal }: HandlerDeps): Handlers {
  return {
    library: {
      info: async () => ({
        path: library.dir,
        schemaVersion: library.schemaVersion,
        articleCount: library.articles.count(),
        notices: [...library.notices],
      }),
    },
    articles: {
      list: async (query) => library.articles.list(query),
      get: async ({ id }) => {
        const article = library.articles.get(id);
        if (!article) throw new AppError('not-found', 'That article is not in the library.');
        return article;
      },
      content: async ({ id }) => library.articles.content(id),
      setState: async ({ ids, patch }) => ({ updated: await library.articles.setState(ids, patch) }),
    },
    settings: {
      get: async () => library.settings.get(),
      update: async (patch) => library.settings.update(patch),
    },
    shell: {
      openExternal: async ({ url }) => {
        if (!isExternalWebUrl(url)) throw new AppError('unsupported-url', 'Only web addresses (http or https) can be opened.');
        await openExternal(url);
        return null;
      },
    },
  } satisfies Handlers;
}
