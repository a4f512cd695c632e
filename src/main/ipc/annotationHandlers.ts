import type { Handlers } from '../../shared/ipc/contract';
import type { AnnotationRepository } from '../core/library/library';
import { writeFileAtomic } from '../core/fs/writeFileAtomic';

/** The `annotations:*` channels over the repository; saving an export asks where first (see HandlerDeps). */
export function createAnnotationHandlers(annotations: AnnotationRepository, chooseSavePath: (suggestedName: string) => Promise<string | null>): Handlers['annotations'] {
  return {
    forArticle: async ({ id }) => annotations.forArticle(id),
    addHighlight: async (highlight) => annotations.addHighlight(highlight),
    updateHighlight: async ({ id, patch }) => annotations.updateHighlight(id, patch),
    deleteHighlight: async ({ id }) => annotations.deleteHighlight(id),
    restoreHighlight: async (highlight) => annotations.restoreHighlight(highlight),
    setNote: async ({ articleId, text }) => annotations.setNote(articleId, text),
    list: async (query) => annotations.list(query),
    export: async (request) => annotations.export(request),
    saveExport: async (request) => {
      // Made before asking, so an unknown article fails at once rather than after the dialog.
      const file = annotations.export(request);
      const path = await chooseSavePath(file.fileName);
      if (path === null) return null;
      await writeFileAtomic(path, file.text);
      return { path };
    },
  };
}
