import { useCallback, useState } from 'react';
import type { Article } from '../../../../shared/model/article';
import { normalizeTags, tagKey, type TagEdit } from '../../../../shared/model/tag';
import { useApi } from '../../lib/api';

/**
 * The tags of the articles being edited (any article's tag shows) and the edits that change them:
 * each goes to the core at once, and the chips follow once it answered.
 */
export function useTagEditing(articles: readonly Article[]) {
  const api = useApi();
  const [tags, setTags] = useState(() => normalizeTags(articles.flatMap((article) => article.tags)));
  const [error, setError] = useState<string | null>(null);

  const edit = useCallback(
    async ({ add = [], remove = [] }: Partial<TagEdit>): Promise<boolean> => {
      const result = await api.tags.apply({ ids: articles.map((article) => article.id), edit: { add, remove } });
      if (!result.ok) {
        setError(result.error.message);
        return false;
      }
      setError(null);
      const removed = new Set(remove.map(tagKey));
      setTags((current) => normalizeTags([...current.filter((tag) => !removed.has(tagKey(tag))), ...add]));
      return true;
    },
    [api, articles],
  );

  return { tags, error, setError, add: (name: string) => edit({ add: [name] }), remove: (name: string) => edit({ remove: [name] }) };
}
