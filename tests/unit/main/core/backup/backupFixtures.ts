import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import yauzl from 'yauzl';
import { ZipFile } from 'yazl';
import { contentPath } from '../../../../../src/main/core/articles/contentStore';
import { isBackedUp } from '../../../../../src/main/core/backup/backupPaths';
import type { Library } from '../../../../../src/main/core/library/library';
import { makeArticle } from '../../../../support/makeArticle';
import { newHighlight } from '../../../../support/makeHighlight';
import { listFiles } from '../support/fixtures';

/** A PNG's signature and a few bytes: enough to be stored as an image. */
const IMAGE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

/**
 * Fills an open library through the core with everything a backup must carry: articles with content,
 * a raw capture and images, tags with a colour, highlights, a note, settings and a saved search.
 */
export async function fillLibrary(library: Library, count: number): Promise<void> {
  for (let n = 1; n <= count; n++) {
    const article = makeArticle(n);
    const draft = await library.articles.draft(article.id);
    const image = await draft.addImage(Buffer.concat([IMAGE, Buffer.from(String(n))]), 'png');
    const html = `<h1>${article.title}</h1><p>The river rose ${n} metres.</p><img src="${image}">`;
    const raw = { file: 'raw.html.gz', bytes: Buffer.from(`gzipped page ${n}`) };
    await library.articles.add({ ...article, leadImage: contentPath(article.id, image) }, { html, text: `${article.title}. The river rose ${n} metres.`, raw, draft });
  }
  const first = makeArticle(1).id;
  await library.tags.apply([first, makeArticle(2).id], { add: ['ukraine/ceasefire'], remove: [] });
  await library.tags.setColor('ukraine', 'blue');
  await library.annotations.addHighlight(newHighlight(first, 'Story number 1', 0, { note: 'check the figure' }));
  await library.annotations.setNote(first, 'Follow up with the mayor.');
  await library.settings.update({ theme: 'dark', backupsKept: 7 });
  await library.search.save({ name: 'Rivers', query: 'river tag:ukraine' });
  await library.articles.setState([makeArticle(3).id], { starred: true });
}

/** Every backed-up file of a library folder with its checksum: two libraries are identical when these are equal. */
export async function treeOf(dir: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  for (const rel of (await listFiles(dir)).map((path) => path.split('\\').join('/')).sort()) {
    if (isBackedUp(rel)) tree[rel] = createHash('sha256').update(await readFile(`${dir}/${rel}`)).digest('hex');
  }
  return tree;
}

/** The entries of a (small) ZIP, by name. */
export async function readZip(path: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true });
  const entries = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) entries.set(entry.fileName, await buffer(await zip.openReadStreamPromise(entry)));
  return entries;
}

/** Writes entries as a ZIP; `modes` gives some entries a Unix mode (a symbolic link). */
export async function writeZip(entries: Map<string, Buffer>, modes: Record<string, number> = {}): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, bytes] of entries) zip.addBuffer(bytes, name, modes[name] === undefined ? {} : { mode: modes[name] });
  zip.end();
  return buffer(zip.outputStream);
}
