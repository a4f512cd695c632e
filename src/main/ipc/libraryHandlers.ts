import type { Handlers } from '../../shared/ipc/contract';
import type { Library } from '../core/library/library';
import type { HandlerDeps } from './createHandlers';

type LibraryDeps = Pick<HandlerDeps, 'assetBaseUrl' | 'chooseFolder' | 'moveLibrary' | 'showInFolder'>;

/** The library domain: what it is, where it lives, and moving it elsewhere. */
export function createLibraryHandlers(library: Library, { assetBaseUrl, chooseFolder, moveLibrary, showInFolder }: LibraryDeps): Handlers['library'] {
  return {
    info: async () => ({
      path: library.dir,
      schemaVersion: library.schemaVersion,
      articleCount: library.articles.count(),
      notices: [...library.notices],
      assetBaseUrl: assetBaseUrl(),
    }),
    chooseFolder: async () => {
      const path = await chooseFolder();
      return path === null ? null : { path };
    },
    move: ({ to }) => moveLibrary(to),
    showInFolder: async () => {
      await showInFolder(library.dir);
      return null;
    },
  };
}
