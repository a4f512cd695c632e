import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restoreFullBackup } from '../src/main/core/backup/restoreFullBackup';
import { writeFullBackup } from '../src/main/core/backup/writeFullBackup';
import { openLibrary } from '../src/main/core/library/openLibrary';
import { fixtureParagraphs, makeCorpus } from './searchCorpus';
import { writeLibrary } from './writeLibrary';

const ARTICLES = 1_000;
/** What a capture stores beside the body: a gzipped raw page and a photo, neither compressible further. */
const RAW_BYTES = 30_000;
const IMAGE_BYTES = 80_000;

/** Times a full backup of a 1,000-article library with content, its restore, and opening what was restored. */
export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'news-archive-bench-backup-'));
  try {
    const library = join(dir, 'library');
    const corpus = makeCorpus(ARTICLES, await fixtureParagraphs());
    await writeLibrary(library, corpus.map((entry) => entry.article));
    for (const { article, text } of corpus) {
      const folder = join(library, 'content', article.id);
      await mkdir(join(folder, 'images'), { recursive: true });
      const html = text
        .split('\n\n')
        .map((paragraph) => `<p>${paragraph}</p>`)
        .join('\n');
      await Promise.all([
        writeFile(join(folder, 'article.html'), html),
        writeFile(join(folder, 'text.txt'), text),
        writeFile(join(folder, 'raw.html.gz'), randomBytes(RAW_BYTES)),
        writeFile(join(folder, 'images', 'photo.jpg'), randomBytes(IMAGE_BYTES)),
      ]);
    }
    const time = async <T>(action: () => Promise<T>): Promise<[T, number]> => {
      const start = performance.now();
      return [await action(), performance.now() - start];
    };
    const zip = join(dir, 'backup.zip');
    const open = await openLibrary({ dir: library });
    const [summary, backupMs] = await time(() => writeFullBackup(open, zip, { appVersion: 'bench' }));
    await open.close();
    const [, restoreMs] = await time(() => restoreFullBackup(zip, join(dir, 'restored')));
    const [restored, openMs] = await time(() => openLibrary({ dir: join(dir, 'restored') }));
    await restored.close();
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    console.log(`\nfull backup of ${ARTICLES.toLocaleString('en')} articles: ${summary.files.toLocaleString('en')} files, ${mb(summary.bytes)} -> ZIP ${mb((await stat(zip)).size)}`);
    console.log(`backup ${backupMs.toFixed(0).padStart(6)} ms   restore (verify every checksum) ${restoreMs.toFixed(0).padStart(6)} ms   open restored ${openMs.toFixed(0).padStart(6)} ms`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
