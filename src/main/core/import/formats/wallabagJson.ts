import { z } from 'zod';
import { fromDateText } from '../importDates';
import type { ImportCollector } from '../importCollector';
import { parseJson } from '../read/parseJson';
import type { ImportSource } from '../read/importSource';
import { readEntries } from './readEntries';

const flag = z.union([z.number(), z.boolean()]).nullish();

const WallabagEntry = z.object({
  url: z.string(),
  title: z.string().nullish(),
  content: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  is_archived: flag,
  is_starred: flag,
  created_at: z.string().nullish(),
  published_at: z.string().nullish(),
  published_by: z.array(z.string()).nullish(),
  annotations: z.array(z.object({ quote: z.string(), text: z.string().nullish(), created_at: z.string().nullish() })).nullish(),
});

/** wallabag's JSON export: a list of entries with their content, flags as 0/1, and annotations. */
export async function readWallabagJson(source: ImportSource, collector: ImportCollector): Promise<void> {
  for (const { value, origin } of readEntries(parseJson(await source.text(), source.name), WallabagEntry, source.name, collector)) {
    collector.add(
      {
        url: value.url,
        title: value.title,
        content: value.content,
        tags: value.tags ?? [],
        state: { read: Boolean(value.is_archived), archived: Boolean(value.is_archived), starred: Boolean(value.is_starred) },
        savedAt: fromDateText(value.created_at),
        publishedAt: fromDateText(value.published_at),
        authors: value.published_by ?? [],
        highlights: (value.annotations ?? []).map(({ quote, text, created_at }) => ({ quote, note: text?.trim() || null, createdAt: fromDateText(created_at) })),
      },
      origin,
    );
  }
}

/** Whether parsed JSON looks like wallabag's: a list whose first entry has its flags. */
export const looksLikeWallabag = (head: string): boolean => /^\s*\[\s*\{/.test(head) && /"is_archived"\s*:/.test(head) && /"url"\s*:/.test(head);
