import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { ArticleId } from '../../../../shared/model/article';
import type { ImportLink } from '../../../../shared/model/import';
import { captureArticle } from '../../capture/captureArticle';
import type { CaptureSources } from '../../capture/captureSources';
import type { Extractor } from '../../capture/types';
import type { Library } from '../../library/library';
import type { ImportItem } from '../importBatch';
import { importAnnotations } from './importAnnotations';
import { linkArticle, overlayImported } from './importedArticle';

/** Links added per write of the records: big enough to be quick, small enough to keep the app responsive. */
const LINKS_PER_BATCH = 500;

export interface ApplyContext {
  library: Pick<Library, 'articles' | 'annotations' | 'settings'>;
  extractor: Pick<Extractor, 'extract' | 'sanitize'>;
  sources: CaptureSources;
  clock: () => Date;
  randomId: () => ArticleId;
  /** False: nothing is fetched now (links wait for a retry; included content keeps remote images out). */
  fetch: boolean;
}

const NOT_FETCHED = { code: 'not-fetched', message: 'Imported without fetching its page; retry to fetch it.' };

/**
 * Adds the new items of an import. Items with content are saved through the capture pipeline from that
 * HTML (extracted and sanitized like a pasted page, under the item's address); the rest become links,
 * added in batches with one write of the records each, yielding between batches so the app stays
 * responsive. Answers the links whose page is still to fetch, for the fetch queue.
 */
export async function applyImport(items: readonly ImportItem[], context: ApplyContext): Promise<{ added: number; links: ImportLink[] }> {
  const links: ImportItem[] = [];
  let added = 0;
  for (const item of items) {
    if (item.content === null || !(await saveWithContent(item, context))) links.push(item);
    else added += 1;
  }
  const queued: ImportLink[] = [];
  for (let start = 0; start < links.length; start += LINKS_PER_BATCH) {
    const batch = links.slice(start, start + LINKS_PER_BATCH);
    const now = context.clock().toISOString();
    const entries = batch.map((item) => ({ item, article: linkArticle(item, context.randomId(), now), content: { html: '', text: '' } }));
    await context.library.articles.addMany(entries);
    for (const { item, article } of entries) {
      await importAnnotations(article.id, item, '', annotationContext(context));
      queued.push({ articleId: article.id, url: item.url, state: context.fetch ? 'pending' : 'failed', attempts: 0, error: context.fetch ? null : NOT_FETCHED });
    }
    added += batch.length;
    await yieldToEvents();
  }
  return { added, links: queued };
}

/** Saves an item from the HTML its export holds; false when that HTML yields no article (it is then fetched as a link). */
async function saveWithContent(item: ImportItem, context: ApplyContext): Promise<boolean> {
  const { library, extractor, sources, clock } = context;
  const id = context.randomId();
  const now = clock().toISOString();
  const link = linkArticle(item, id, now);
  const page = sources.pastedPage({ kind: 'html', html: item.content ?? '', url: item.url });
  try {
    await captureArticle(page, {
      articles: {
        findDuplicate: () => undefined, // the import has already told new from existing, by address
        draft: (draftId) => library.articles.draft(draftId),
        get: (articleId) => library.articles.get(articleId),
        add: (fromPage, content) => library.articles.add(overlayImported(fromPage, link), content),
      },
      extractor,
      sources: context.fetch ? sources : { ...sources, fetchImage: () => Promise.reject(new Error('not fetching')) },
      allowLocalNetwork: library.settings.get().allowLocalNetwork,
      tags: item.tags,
      label: link.title,
      clock,
      randomId: () => id,
      signal: new AbortController().signal,
      exclusive: (task) => task(),
      report: () => undefined,
    });
  } catch {
    return false;
  }
  await importAnnotations(id, item, library.articles.text(id), annotationContext(context));
  return true;
}

const annotationContext = ({ library, clock, randomId }: ApplyContext) => ({ annotations: library.annotations, randomId, now: clock().toISOString() });
