import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnnotatedArticle } from '../annotations/export/annotatedArticle';
import type { Library } from '../library/library';
import { articleMarkdownFile } from './articleMarkdownFile';
import { imagesShown, readImage, replaceImages } from './articleImages';
import { writeEachArticle, type FolderExport } from './folderExport';
import { htmlToMarkdown } from './htmlToMarkdown';

/**
 * Writes each article as `<slug>.md` into `dir`, a folder a notes app (Obsidian) opens as a vault, its
 * images beside it in `<slug>/` and linked by that relative path.
 */
export function writeMarkdownFolder(library: Library, articles: readonly AnnotatedArticle[], dir: string): Promise<FolderExport> {
  return writeEachArticle(library, articles, async ({ annotated, id, name, html }) => {
    const copied = new Set<string>();
    for (const file of imagesShown(html, id)) {
      const bytes = await readImage(library.dir, id, file);
      if (!bytes) continue;
      await mkdir(join(dir, name), { recursive: true });
      await writeFile(join(dir, name, file), bytes);
      copied.add(file);
    }
    // A missing image gets an empty address, which the converter drops instead of linking to nothing.
    const body = htmlToMarkdown(replaceImages(html, id, (file) => (copied.has(file) ? `${name}/${file}` : '')));
    await writeFile(join(dir, `${name}.md`), articleMarkdownFile(annotated, body));
    return copied.size;
  });
}
