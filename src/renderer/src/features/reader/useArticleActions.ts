import { useCallback, useState } from 'react';
import type { Article, ArticleStatePatch } from '../../../../shared/model/article';
import type { Result } from '../../../../shared/ipc/result';
import { useApi } from '../../lib/api';

export interface ArticleActions {
  star: () => void;
  archive: () => void;
  toggleRead: () => void;
  trash: () => void;
  /** Absent for pasted text, which has no address. */
  openOriginal: (() => void) | undefined;
  /** What the last action did, or why it failed, for a live region. */
  status: string | null;
}

interface ActionOptions {
  /** Moves the article to the Trash through the app's actions, which offer Undo, and leaves the reader. */
  onTrash: (article: Article) => void;
  /** The person marked it unread, so reaching the end must not mark it read again. */
  onMarkedUnread: () => void;
}

const failed = (result: Result<unknown>) => (result.ok ? null : `That did not work: ${result.error.message}`);

/** What the reader can do to the open article; the record's next update shows the new state. */
export function useArticleActions(article: Article, { onTrash, onMarkedUnread }: ActionOptions): ArticleActions {
  const api = useApi();
  const [status, setStatus] = useState<string | null>(null);
  const { id, url } = article;

  const change = useCallback(
    async (patch: ArticleStatePatch, done: string) => {
      const result = await api.articles.setState({ ids: [id], patch });
      setStatus(failed(result) ?? done);
    },
    [api, id],
  );

  return {
    star: () => void change({ starred: !article.starred }, article.starred ? 'Unstarred.' : 'Starred.'),
    archive: () => void change({ archived: !article.archived }, article.archived ? 'Moved out of the Archive.' : 'Archived.'),
    toggleRead: () => {
      if (article.read) onMarkedUnread();
      void change({ read: !article.read }, article.read ? 'Marked unread.' : 'Marked read.');
    },
    trash: () => onTrash(article),
    // Main refuses anything but web addresses; a refused one simply stays closed.
    openOriginal: url ? () => void api.shell.openExternal({ url }) : undefined,
    status,
  };
}
