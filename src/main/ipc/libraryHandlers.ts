import type { Handlers } from '../../shared/ipc/contract';
import type { Library } from '../core/library/library';
import type { HandlerDeps } from './createHandlers';
import { createExportHandler } from './exportHandlers';

type LibraryDeps = Pick<HandlerDeps, 'assetBaseUrl' | 'chooseFolder' | 'moveLibrary' | 'showInFolder' | 'chooseSavePath' | 'appVersion'>;

/** The library domain: what it is, where it lives, moving it elsewhere and exporting it. */
export function createLibraryHandlers(library: Library, deps: LibraryDeps): Handlers['library'] {
  const { assetBaseUrl, chooseFolder, moveLibrary, showInFolder } = deps;
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
    export: createExportHandler(library, deps),
  };
}
