import { useCallback, useMemo, useState } from 'react';
import type { ArticleId } from '../../../../shared/model/article';
import type { Highlight, HighlightColor, HighlightPatch, HighlightTarget } from '../../../../shared/model/annotation';
import type { Result } from '../../../../shared/ipc/result';
import { useApi } from '../../lib/api';
import type { Toast } from '../library/useArticleActions';

export interface HighlightActions {
  /** Answers the new highlight, or null when it could not be made (the toast says why). */
  add: (target: HighlightTarget, color: HighlightColor, note?: string) => Promise<Highlight | null>;
  update: (id: string, patch: HighlightPatch) => Promise<boolean>;
  /** Deletes it, offering Undo. */
  remove: (id: string) => Promise<void>;
  setArticleNote: (text: string) => Promise<boolean>;
  /** What the last action did, with Undo after a delete. */
  toast: Toast | null;
  dismiss: () => void;
}

const why = (result: Result<unknown> & { ok: false }) => `That did not work: ${result.error.message}`;

/**
 * Changes to one article's highlights and note. Each success reloads the annotations (`onChanged`)
 * at once, without waiting for the library's change event; failures are reported in the toast.
 */
export function useHighlightActions(articleId: ArticleId, onChanged: () => void): HighlightActions {
  const api = useApi();
  const [toast, setToast] = useState<Toast | null>(null);
  const dismiss = useCallback(() => setToast(null), []);

  /** Runs a call; answers its value, or reports its failure and answers null. */
  const settle = useCallback(
    async <T,>(call: Promise<Result<T>>): Promise<T | null> => {
      const result = await call;
      if (!result.ok) {
        setToast({ message: why(result) });
        return null;
      }
      onChanged();
      return result.value;
    },
    [onChanged],
  );

  const restore = useCallback(
    async (deleted: Highlight) => {
      if ((await settle(api.annotations.restoreHighlight(deleted))) !== null) setToast({ message: 'Highlight restored.' });
    },
    [api, settle],
  );

  return useMemo(
    () => ({
      add: (target, color, note = '') => settle(api.annotations.addHighlight({ articleId, color, note, target })),
      update: async (id, patch) => (await settle(api.annotations.updateHighlight({ id, patch }))) !== null,
      remove: async (id) => {
        const deleted = await settle(api.annotations.deleteHighlight({ id }));
        if (deleted) setToast({ message: 'Highlight deleted.', undo: () => void restore(deleted) });
      },
      setArticleNote: async (text) => {
        const result = await api.annotations.setNote({ articleId, text });
        if (!result.ok) setToast({ message: why(result) });
        else onChanged();
        return result.ok;
      },
      toast,
      dismiss,
    }),
    [api, articleId, settle, restore, onChanged, toast, dismiss],
  );
}
