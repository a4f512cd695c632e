import type { Article } from '../../../shared/model/article';
import type { TagMode } from '../../../shared/model/articleQuery';
import { inBranch, tagKey } from '../../../shared/model/tag';

/**
 * Whether an article passes a tag filter: it carries any (or all) of the wanted tags, a parent counting
 * as carried when the article has one of its children. No wanted tags: every article passes.
 */
export function tagFilter(wanted: readonly string[], mode: TagMode): (article: Article) => boolean {
  if (wanted.length === 0) return () => true;
  const branches = wanted.map(inBranch);
  const carries = (article: Article, isInBranch: (name: string) => boolean) => article.tags.some(isInBranch);
  return mode === 'all'
    ? (article) => branches.every((branch) => carries(article, branch))
    : (article) => branches.some((branch) => carries(article, branch));
}

/** The filter's identity for the match count cache: case and order do not change which articles match. */
export const tagFilterKey = (wanted: readonly string[], mode: TagMode): string | null =>
  wanted.length === 0 ? null : `${mode}:${[...new Set(wanted.map(tagKey))].sort().join('\n')}`;
