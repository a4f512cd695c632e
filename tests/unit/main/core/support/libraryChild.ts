// A second process for the lock and crash tests: `hold DIR` keeps the library open until killed;
// `burst DIR` adds articles and changes states as fast as it can, printing each change once durable.
import { openLibrary } from '../../../../../src/main/core/library/openLibrary';
import { ArticleQuerySchema } from '../../../../../src/shared/model/articleQuery';
import { contentOf, makeArticle } from './fixtures';

const [mode, dir] = process.argv.slice(2);
const library = await openLibrary({ dir: dir!, appName: 'Test Holder' });
process.stdout.write('ready\n');

if (mode === 'burst') {
  const ids = library.articles.list(ArticleQuerySchema.parse({ view: 'all', limit: 500 })).items.map((article) => article.id);
  for (let k = 1; ; k++) {
    const picked = Array.from({ length: 8 }, () => ids[Math.floor(Math.random() * ids.length)]!);
    const added = makeArticle(100_000 + k);
    await Promise.all([
      ...picked.map((id) => library.articles.setState([id], { progress: k / 100_000 }).then(() => process.stdout.write(`durable ${k} ${id}\n`))),
      library.articles.add(added, contentOf(added)),
    ]);
  }
} else {
  setInterval(() => undefined, 60_000);
}
