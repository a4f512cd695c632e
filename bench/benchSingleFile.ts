import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { writeFileAtomic } from '../src/main/core/fs/writeFileAtomic';
import type { Article } from '../src/shared/model/article';
import { generateArticles } from './generateArticles';
import { timeOperations, type OperationsResult } from './measure';

interface SingleFile {
  schemaVersion: number;
  articles: Record<string, Article>;
}

/** The layout sharding replaced: every record in one lowdb file, written with the same durable atomic write. */
export async function benchSingleFile(dir: string, count: number): Promise<OperationsResult> {
  const path = join(dir, 'db.json');
  const articles = generateArticles(count);
  const db = new Low<SingleFile>(
    { read: async () => JSON.parse(await readFile(path, 'utf8')) as SingleFile, write: (data) => writeFileAtomic(path, JSON.stringify(data)) },
    { schemaVersion: 1, articles: Object.fromEntries(articles.map((article) => [article.id, article])) },
  );
  await db.write();
  return timeOperations(200, (i) => {
    const article = articles[Math.floor(Math.random() * articles.length)]!;
    return db.update((data) => (data.articles[article.id] = { ...article, read: i % 2 === 0 }));
  });
}
