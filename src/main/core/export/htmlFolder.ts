import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnnotatedArticle } from '../annotations/export/annotatedArticle';
import { sniffImage } from '../capture/sources/sniffContent';
import type { Library } from '../library/library';
import { articleHtmlPage } from './articleHtmlPage';
import { imagesShown, readImage, replaceImages } from './articleImages';
import { writeEachArticle, type FolderExport } from './folderExport';

/** Writes each article as one self-contained `<slug>.html` into `dir`, its images inlined as data: addresses. */
export function writeHtmlFolder(library: Library, articles: readonly AnnotatedArticle[], dir: string): Promise<FolderExport> {
  return writeEachArticle(library, articles, async ({ annotated, id, name, html }) => {
    const inlined = new Map<string, string>();
    for (const file of imagesShown(html, id)) {
      const address = await dataAddress(await readImage(library.dir, id, file));
      if (address) inlined.set(file, address);
    }
    // An image missing or not a picture is left with no address: the page shows its alt text.
    const body = replaceImages(html, id, (file) => inlined.get(file) ?? '');
    await writeFile(join(dir, `${name}.html`), articleHtmlPage(annotated, body));
    return inlined.size;
  });
}

/** The image as a data: address, its type read from its bytes (never from its name); null when not a picture. */
async function dataAddress(bytes: Uint8Array | null): Promise<string | null> {
  const type = bytes && (await sniffImage(bytes));
  return type ? `data:${type.mime};base64,${Buffer.from(bytes as Uint8Array).toString('base64')}` : null;
}
