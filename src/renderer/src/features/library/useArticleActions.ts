import { useCallback, useState } from 'react';
import type { Api } from '../../../../shared/ipc/contract';
import type { Article } from '../../../../shared/model/article';
import { useApi } from '../../lib/api';
import { countArticles, planAction, type ArticleAction, type Change } from './articleActions';

export interface Toast {
  message: string;
  /** Present while the action can still be taken back. */
  undo?: () => void;
}

async function perform(api: Api, changes: readonly Change[]): Promise<string | null> {
  for (const change of changes) {
    if (change.ids.length === 0) continue;
    const result =
      change.kind === 'state'
        ? await api.articles.setState({ ids: change.ids, patch: change.patch })
        : await api.articles[change.kind]({ ids: change.ids });
    if (!result.ok) return result.error.message;
  }
  return null;
}

/** Runs list actions on articles and keeps the toast that reports each (or any other undoable action), with its Undo. */
export function useArticleActions() {
  const api = useApi();
  const [toast, setToast] = useState<Toast | null>(null);

  /** Reports a done action with an Undo; `undo` answers why it failed, or null. */
  const showUndo = useCallback((message: string, undo: () => Promise<string | null>) => {
    const takeBack = async () => setToast({ message: (await undo()) ?? 'Undone' });
    setToast({ message, undo: () => void takeBack() });
  }, []);

  const run = useCallback(
    async (action: ArticleAction, articles: readonly Article[]) => {
      if (articles.length === 0) return;
      const plan = planAction(action, articles);
      const failed = await perform(api, plan.apply);
      if (failed) return setToast({ message: failed });
      showUndo(plan.done, () => perform(api, plan.undo));
    },
    [api, showUndo],
  );

  const emptyTrash = useCallback(async () => {
    const result = await api.articles.emptyTrash();
    setToast({ message: result.ok ? `${countArticles(result.value.deleted)} deleted for good` : result.error.message });
  }, [api]);

  const dismiss = useCallback(() => setToast(null), []);
  return { run, showUndo, emptyTrash, toast, dismiss };
}

export type ArticleActionsState = ReturnType<typeof useArticleActions>;
