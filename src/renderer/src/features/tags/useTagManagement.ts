import { useCallback } from 'react';
import type { Result } from '../../../../shared/ipc/result';
import type { TagChange, TagColor } from '../../../../shared/model/tag';
import { useApi } from '../../lib/api';
import { countArticles } from '../library/articleActions';

/** Reports a done action with an Undo (the app's toast); `undo` answers why it failed, or null. */
export type ShowUndo = (message: string, undo: () => Promise<string | null>) => void;

export interface TagManagement {
  rename: (name: string, newName: string) => Promise<string | null>;
  merge: (from: string, into: string) => Promise<string | null>;
  setColor: (name: string, color: TagColor | null) => Promise<string | null>;
  remove: (name: string) => Promise<string | null>;
}

/** The tag actions of the "Manage tags" dialog: each answers why it failed (or null) and, when done, offers its Undo. */
export function useTagManagement(showUndo: ShowUndo): TagManagement {
  const api = useApi();
  const report = useCallback(
    async (pending: Promise<Result<TagChange>>, done: (updated: string) => string) => {
      const result = await pending;
      if (!result.ok) return result.error.message;
      const token = result.value.undo;
      showUndo(done(countArticles(result.value.updated)), async () => {
        const undone = await api.tags.undo({ token });
        return undone.ok ? null : undone.error.message;
      });
      return null;
    },
    [api, showUndo],
  );
  return {
    rename: (name, newName) => report(api.tags.rename({ name, newName }), (n) => `Renamed “${name}” to “${newName}” on ${n}`),
    merge: (from, into) => report(api.tags.merge({ from, into }), (n) => `Merged “${from}” into “${into}” on ${n}`),
    setColor: (name, color) => report(api.tags.setColor({ name, color }), () => `Coloured “${name}” ${color ?? 'no colour'}`),
    remove: (name) => report(api.tags.delete({ name }), (n) => `Deleted “${name}” from ${n}`),
  };
}
