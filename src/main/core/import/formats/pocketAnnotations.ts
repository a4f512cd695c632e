import { z } from 'zod';
import { fromDateText } from '../importDates';
import type { ImportCollector } from '../importCollector';
import { parseJson } from '../read/parseJson';
import type { ImportSource } from '../read/importSource';
import { readEntries } from './readEntries';

const AnnotatedArticle = z.object({
  url: z.string(),
  title: z.string().nullish(),
  highlights: z.array(z.object({ quote: z.string(), created_at: z.union([z.number(), z.string()]).nullish() })),
});

/**
 * Pocket's `annotations/*.json`: highlights per article, hung on the article the CSV listed, or kept as an item
 * of their own when the CSV did not list it.
 */
export async function readPocketAnnotations(source: ImportSource, collector: ImportCollector): Promise<void> {
  for (const { value, origin } of readEntries(parseJson(await source.text(), source.name), AnnotatedArticle, source.name, collector)) {
    const highlights = value.highlights.map(({ quote, created_at }) => ({ quote, note: null, createdAt: fromDateText(created_at?.toString()) }));
    const item = collector.find(value.url);
    if (item) item.highlights.push(...highlights);
    else collector.add({ url: value.url, title: value.title, highlights }, origin);
  }
}
