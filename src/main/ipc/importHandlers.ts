import type { Handlers } from '../../shared/ipc/contract';
import type { ImportService } from '../core/import/apply/importService';

/** The imports domain over the import service; `pickFile` is the desktop's open dialog (null: cancelled). */
export function createImportHandlers(imports: ImportService, pickFile: () => Promise<string | null>): Handlers['imports'] {
  const thenProgress = async (change: Promise<unknown>) => {
    await change;
    return imports.progress();
  };
  return {
    pickFile: async () => {
      const path = await pickFile();
      return path === null ? null : { path };
    },
    preview: ({ path, format }) => imports.preview(path, { format }),
    start: ({ path, format, fetch }) => imports.start(path, { format, fetch }),
    progress: async () => imports.progress(),
    links: async () => imports.links(),
    pause: () => thenProgress(imports.pause()),
    resume: () => thenProgress(imports.resume()),
    cancel: () => thenProgress(imports.cancel()),
    retryFailed: ({ articleIds }) => thenProgress(imports.retryFailed(articleIds)),
  };
}
