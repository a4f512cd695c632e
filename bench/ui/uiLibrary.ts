import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../src/shared/model/article';
import { generateArticles } from '../generateArticles';
import { writeLibrary } from '../writeLibrary';

/** How many of the first unread articles get a body, enough for every article the benchmark opens. */
const WITH_BODY = 20;

const paragraph = (article: Article, n: number) => `<p>${article.excerpt} Paragraph ${n} goes on where the last one stopped.</p>`;

/**
 * A library of `count` generated articles, as the storage benchmarks write it, plus the bodies of the
 * first unread ones (the rows the benchmark opens): writeLibrary leaves content out.
 */
export async function writeUiLibrary(dir: string, count: number): Promise<void> {
  const articles = generateArticles(count);
  await writeLibrary(dir, articles);
  const firstUnread = articles
    .filter((article) => !article.read && !article.archived && article.trashedAt === null)
    .sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt))
    .slice(0, WITH_BODY);
  for (const article of firstUnread) {
    const folder = join(dir, 'content', article.id);
    await mkdir(folder, { recursive: true });
    const paragraphs = Array.from({ length: 40 }, (_, n) => paragraph(article, n + 1));
    await writeFile(join(folder, 'article.html'), `<h2>${article.title}</h2>${paragraphs.join('')}`);
    await writeFile(join(folder, 'text.txt'), article.excerpt);
  }
}
