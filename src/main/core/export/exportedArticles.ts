import { AppError } from '../../../shared/ipc/result';
import { tagKey, type TagNode } from '../../../shared/model/tag';
import { newestSavedFirst, type AnnotatedArticle } from '../annotations/export/annotatedArticle';
import { tagFilter } from '../articles/tagFilter';
import type { Library } from '../library/library';

/**
 * The articles an export holds, each with its note and highlights, newest saved first: every article
 * outside the Trash, or only those carrying `tag` or one of its children. A tag the library does not
 * have is refused ('not-found'), so a typo never passes for an empty export.
 */
export function exportedArticles(library: Library, tag?: string): AnnotatedArticle[] {
  if (tag !== undefined && !hasTag(library.tags.tree(), tag)) {
    throw new AppError('not-found', `The library at ${library.dir} has no tag named "${tag}"; \`news-archive tags\` lists them.`);
  }
  const passes = tagFilter(tag === undefined ? [] : [tag], 'any');
  const chosen = [...library.articles.all()].filter((article) => article.trashedAt === null && passes(article));
  return newestSavedFirst(
    chosen.map((article) => {
      const { note, highlights } = library.annotations.forArticle(article.id);
      return { article, note, highlights };
    }),
  );
}

const hasTag = (nodes: readonly TagNode[], tag: string): boolean =>
  nodes.some((node) => tagKey(node.name) === tagKey(tag) || hasTag(node.children, tag));
