import { normalizeTags, tagNameProblem } from '../../../shared/model/tag';
import { canonicalUrl } from '../capture/extract/cleanUrl';
import type { ImportBatch, ImportFormat, ImportHighlight, ImportItem, ImportOrigin, ImportProblem, ImportState } from './importBatch';

/** What a format's reader knows about one row; the collector checks and normalises it. */
export interface ItemDraft {
  url: string | null | undefined;
  title?: string | null;
  tags?: readonly string[];
  state?: Partial<ImportState>;
  readingProgress?: number | null;
  savedAt?: string | null;
  publishedAt?: string | null;
  authors?: readonly string[];
  excerpt?: string | null;
  note?: string | null;
  content?: string | null;
  highlights?: readonly ImportHighlight[];
}

/**
 * Gathers a file's items and problems. A bad row becomes a problem and never stops the others; a link listed
 * twice (a bookmark in two folders) becomes one item carrying the tags of both.
 */
export class ImportCollector {
  private readonly items: ImportItem[] = [];
  private readonly problems: ImportProblem[] = [];
  private readonly byUrl = new Map<string, ImportItem>();

  add(draft: ItemDraft, origin: ImportOrigin): ImportItem | undefined {
    const address = draft.url?.trim();
    if (!address) return this.problem(origin, 'The row has no address.');
    const url = canonicalUrl(address, null);
    if (!url) return this.problem(origin, `"${shorten(address)}" is not a web address; only http and https links can be imported.`);
    const tags = this.validTags(draft.tags ?? [], origin);
    const earlier = this.byUrl.get(url);
    if (earlier) {
      earlier.tags = normalizeTags([...earlier.tags, ...tags]);
      return earlier;
    }
    const item: ImportItem = {
      url,
      title: text(draft.title) ?? '',
      tags,
      state: { read: false, archived: false, starred: false, ...draft.state },
      readingProgress: Math.min(1, Math.max(0, draft.readingProgress ?? 0)),
      savedAt: draft.savedAt ?? null,
      publishedAt: draft.publishedAt ?? null,
      authors: (draft.authors ?? []).map((name) => name.trim()).filter(Boolean),
      excerpt: text(draft.excerpt),
      note: text(draft.note),
      content: text(draft.content),
      highlights: [...(draft.highlights ?? [])],
      origin,
    };
    this.items.push(item);
    this.byUrl.set(url, item);
    return item;
  }

  /** The item already read for this address, to hang highlights kept in another file on it. */
  find(address: string): ImportItem | undefined {
    const url = canonicalUrl(address, null);
    return url ? this.byUrl.get(url) : undefined;
  }

  problem(origin: ImportOrigin, message: string): undefined {
    this.problems.push({ ...origin, message });
    return undefined;
  }

  batch(format: ImportFormat, source: string): ImportBatch {
    return { format, source, items: this.items, problems: this.problems };
  }

  /** Tags the library accepts; a bad one is reported and left out, and its item kept. */
  private validTags(tags: readonly string[], origin: ImportOrigin): string[] {
    const valid = tags.filter((tag) => {
      const problem = tagNameProblem(tag.trim());
      if (problem && tag.trim() !== '') this.problem(origin, `The tag "${shorten(tag)}" was left out: ${problem}`);
      return !problem;
    });
    return normalizeTags(valid);
  }
}

/** Trimmed text, or null when there is none. */
function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

const shorten = (value: string): string => (value.length > 80 ? `${value.slice(0, 77)}…` : value);
