import { join } from 'node:path';
import { openLibrary } from '../src/main/core/library/openLibrary';
import { ArticleQuerySchema } from '../src/shared/model/articleQuery';
import { diskSize } from './diskSize';
import { generateArticles } from './generateArticles';
import { timeOperations, type Timings } from './measure';
import { writeLibrary } from './writeLibrary';

export interface LibraryResult {
  articles: number;
  openToFirstPageMs: number;
  mutation: Timings;
  longestBlockMs: number;
  longestGcMs: number;
  recordsBytes: number;
}

const MUTATIONS = 200;

/** Builds a library of `count` articles in `dir` and measures the operations the targets are about. */
export async function benchLibrary(dir: string, count: number): Promise<LibraryResult> {
  const articles = generateArticles(count);
  await writeLibrary(dir, articles);
  await (await openLibrary({ dir })).close(); // the first open takes the day's backup; measure a normal one

  const start = performance.now();
  const library = await openLibrary({ dir });
  library.articles.list(ArticleQuerySchema.parse({}));
  const openToFirstPageMs = performance.now() - start;

  const { timings, longestBlockMs, longestGcMs } = await timeOperations(MUTATIONS, (i) => {
    const article = articles[Math.floor(Math.random() * articles.length)]!;
    return library.articles.setState([article.id], { read: i % 2 === 0, progress: (i % 100) / 100 });
  });
  await library.close();
  return { articles: count, openToFirstPageMs, mutation: timings, longestBlockMs, longestGcMs, recordsBytes: await diskSize(join(dir, 'records')) };
}
