import type { AnnotatedArticle } from '../annotations/export/annotatedArticle';
import type { ArticleId } from '../../../shared/model/article';
import type { Library } from '../library/library';
import { uniqueNames } from './uniqueNames';

/** What a one-file-per-article export wrote: article files, and images copied or inlined. */
export interface FolderExport {
  files: number;
  images: number;
}

/** One article to write: its record and annotations, its unique file name stem, and its stored HTML. */
export interface ArticleToWrite {
  annotated: AnnotatedArticle;
  id: ArticleId;
  name: string;
  html: string;
}

/**
 * Writes the articles one after another through `write`, which answers how many images it wrote, each
 * article named by its title's slug, made unique (`-2`, `-3`) in the order given.
 */
export async function writeEachArticle(library: Library, articles: readonly AnnotatedArticle[], write: (each: ArticleToWrite) => Promise<number>): Promise<FolderExport> {
  const names = uniqueNames(articles.map(({ article }) => article.title));
  let images = 0;
  for (const [at, annotated] of articles.entries()) {
    const { id } = annotated.article;
    const { html } = await library.articles.content(id);
    images += await write({ annotated, id, name: names[at] as string, html });
  }
  return { files: articles.length, images };
}
