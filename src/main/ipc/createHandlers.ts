import type { Handlers } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import type { CaptureService } from '../core/capture/types';
import type { ImportService } from '../core/import/apply/importService';
import type { Library } from '../core/library/library';
import { isExternalWebUrl } from '../core/net/externalUrl';
import { createAnnotationHandlers } from './annotationHandlers';
import { createImportHandlers } from './importHandlers';
import { createLibraryHandlers } from './libraryHandlers';
import { createSearchHandlers } from './searchHandlers';

export interface HandlerDeps {
  library: Library;
  capture: CaptureService;
  imports: ImportService;
  /** Asks the user for saved pages, text files or folders to save (the desktop app's file dialog). */
  pickFiles: () => Promise<string[]>;
  /** Asks the user for an export file to import (the desktop app's open dialog); null when cancelled. */
  pickImportFile: () => Promise<string | null>;
  /** Hands an http(s) address to the system browser (Electron's shell, or the harness's log). */
  openExternal: (url: string) => Promise<void>;
  /** Where saved images are loaded from, given `<article id>/images/<file>` (see LibraryInfo.assetBaseUrl). */
  assetBaseUrl: () => string;
  /**
   * Asks where to save an export, suggesting `suggestedName` (its extension names the file type); null when
   * the person cancelled. Electron: the save dialog; the harness: a file in its exports folder.
   */
  chooseSavePath: (suggestedName: string) => Promise<string | null>;
  /** Puts text on the system clipboard (Electron's clipboard; the harness keeps it for tests to read). */
  writeClipboard: (text: string) => Promise<void>;
  /** Asks for a folder to move the library to (the desktop's folder dialog); null when cancelled. */
  chooseFolder: () => Promise<string | null>;
  /** Moves the library there and switches to it (see LibraryHost.move). */
  moveLibrary: (to: string) => Promise<{ path: string; previous: string }>;
  /** Shows a folder in the system's file manager (the harness logs it). */
  showInFolder: (path: string) => Promise<void>;
  /** The app's version, recorded in a backup's manifest. */
  appVersion: string;
}

/** Every channel of the contract, implemented over the core. `satisfies` makes a missing one a type error. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { library, capture, imports, pickFiles, pickImportFile, openExternal, chooseSavePath, writeClipboard } = deps;
  return {
    library: createLibraryHandlers(library, deps),
    articles: {
      list: async (query) => {
        const page = library.articles.list(query);
        return { ...page, highlightCounts: library.annotations.countsFor(page.items.map((article) => article.id)) };
      },
      get: async ({ id }) => {
        const article = library.articles.get(id);
        if (!article) throw new AppError('not-found', 'That article is not in the library.');
        return article;
      },
      content: async ({ id }) => library.articles.content(id),
      setState: async ({ ids, patch }) => ({ updated: await library.articles.setState(ids, patch) }),
      trash: async ({ ids }) => ({ updated: await library.articles.trash(ids) }),
      restore: async ({ ids }) => ({ updated: await library.articles.restore(ids) }),
      emptyTrash: async () => ({ deleted: await library.articles.emptyTrash() }),
      sites: async () => library.articles.sites(),
    },
    capture: {
      start: async ({ input, tags }) => capture.start(input, { tags }),
      cancel: async ({ jobId }) => {
        capture.cancel(jobId);
        return null;
      },
      jobs: async () => capture.jobs(),
      pickFiles: async () => (await pickFiles()).map((path) => capture.start({ kind: 'path', path })),
    },
    imports: createImportHandlers(imports, pickImportFile),
    settings: {
      get: async () => library.settings.get(),
      update: async (patch) => library.settings.update(patch),
    },
    tags: {
      tree: async () => library.tags.tree(),
      apply: async ({ ids, edit }) => library.tags.apply(ids, edit),
      rename: async ({ name, newName }) => library.tags.rename(name, newName),
      merge: async ({ from, into }) => library.tags.merge(from, into),
      setColor: async ({ name, color }) => library.tags.setColor(name, color),
      delete: async ({ name }) => library.tags.delete(name),
      undo: async ({ token }) => ({ updated: await library.tags.undo(token) }),
    },
    annotations: createAnnotationHandlers(library.annotations, chooseSavePath),
    search: createSearchHandlers(library.search),
    clipboard: {
      writeText: async ({ text }) => {
        await writeClipboard(text);
        return null;
      },
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
