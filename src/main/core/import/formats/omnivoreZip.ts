import { z } from 'zod';
import { fromDateText } from '../importDates';
import type { ImportCollector } from '../importCollector';
import { parseJson } from '../read/parseJson';
import { decodeText } from '../read/importSource';
import type { ZipArchive } from '../zip/zipArchive';
import { omnivoreHighlights } from './omnivoreHighlights';
import { readEntries } from './readEntries';

const OmnivoreArticle = z.object({
  url: z.string(),
  slug: z.string().nullish(),
  title: z.string().nullish(),
  description: z.string().nullish(),
  author: z.string().nullish(),
  state: z.string().nullish(),
  readingProgress: z.number().nullish(),
  labels: z.array(z.union([z.string(), z.object({ name: z.string() })])).nullish(),
  savedAt: z.string().nullish(),
  publishedAt: z.string().nullish(),
});

export const isOmnivoreMetadata = (name: string): boolean => /^(?:[^/]+\/)?metadata_[^/]*\.json$/.test(name);

/** Omnivore's export ZIP: `metadata_*.json` lists, and per article `content/<slug>.html` and `highlights/<slug>.md`. */
export async function readOmnivoreZip(zip: ZipArchive, collector: ImportCollector): Promise<void> {
  const files = zip.entries.filter(({ name }) => isOmnivoreMetadata(name)).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  for (const file of files) {
    const folder = file.name.slice(0, file.name.lastIndexOf('/') + 1);
    const json = parseJson(decodeText(await zip.read(file)), file.name);
    for (const { value, origin } of readEntries(json, OmnivoreArticle, file.name, collector)) {
      const content = value.slug ? zip.find(`${folder}content/${value.slug}.html`) : undefined;
      const highlights = value.slug ? zip.find(`${folder}highlights/${value.slug}.md`) : undefined;
      collector.add(
        {
          url: value.url,
          title: value.title,
          excerpt: value.description,
          authors: value.author ? [value.author] : [],
          tags: (value.labels ?? []).map((label) => (typeof label === 'string' ? label : label.name)),
          state: { read: /archiv/i.test(value.state ?? ''), archived: /archiv/i.test(value.state ?? '') },
          readingProgress: (value.readingProgress ?? 0) / 100,
          savedAt: fromDateText(value.savedAt),
          publishedAt: fromDateText(value.publishedAt),
          content: content ? decodeText(await zip.read(content)) : null,
          highlights: highlights ? omnivoreHighlights(decodeText(await zip.read(highlights))) : [],
        },
        origin,
      );
    }
  }
}
