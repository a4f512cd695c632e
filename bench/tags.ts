import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary } from '../src/main/core/library/openLibrary';
import { generateArticles } from './generateArticles';
import { writeLibrary } from './writeLibrary';

// Target (issue #5): rename, merge and delete of a tag on 10,000 articles, each under a second, durable.
const TAGGED = 10_000;

/** Times rename, merge and delete of a tag that 10,000 articles carry (each with a child tag too), and their undo. */
export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'news-archive-bench-tags-'));
  try {
    const articles = generateArticles(TAGGED).map((article) => ({ ...article, tags: [...article.tags, 'desk', 'desk/night', 'wire'] }));
    await writeLibrary(dir, articles);
    const library = await openLibrary({ dir });
    const time = async (label: string, action: () => Promise<unknown>) => {
      const start = performance.now();
      await action();
      console.log(`${label.padEnd(34)}${(performance.now() - start).toFixed(1).padStart(8)} ms`);
    };
    console.log(`\ntag actions over ${TAGGED.toLocaleString('en')} tagged articles`);
    let undo = '';
    await time('rename desk -> newsroom (branch)', async () => ({ undo } = await library.tags.rename('desk', 'newsroom')));
    await time('undo the rename', () => library.tags.undo(undo));
    await time('merge desk into wire', async () => ({ undo } = await library.tags.merge('desk', 'wire')));
    await time('undo the merge', () => library.tags.undo(undo));
    await time('delete wire', async () => ({ undo } = await library.tags.delete('wire')));
    await time('undo the delete', () => library.tags.undo(undo));
    await time('tree with counts', async () => library.tags.tree());
    await library.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
