import { fromUnixTime } from '../importDates';
import type { ImportCollector, ItemDraft } from '../importCollector';
import type { ImportOrigin } from '../importBatch';
import { htmlTokens, type HtmlToken } from '../read/htmlTokens';
import type { ImportSource } from '../read/importSource';

/** A browser's bookmark toolbar and "other bookmarks" are places, not topics: they give no tag. */
const PLACE_FOLDERS = ['personal_toolbar_folder', 'unfiled_bookmarks_folder'];

/** The element whose text is being read: a folder's name, a link's title, or a link's description. */
type Reading = { kind: 'folder'; place: boolean } | { kind: 'link'; attributes: Map<string, string>; line: number } | { kind: 'description' };

/**
 * Netscape bookmark HTML, as every browser exports it: nested folders become one `parent/child` tag, the TAGS
 * attribute adds its own, and the `<DD>` after a link is kept as its note.
 */
export async function readNetscapeBookmarks(source: ImportSource, collector: ImportCollector): Promise<void> {
  const folders: (string | null)[] = [];
  let folder: string | null = null;
  let reading = null as Reading | null;
  let text = '';
  // A link waits for the description that may follow it, and is added at the next element.
  let link: { draft: ItemDraft; origin: ImportOrigin } | null = null;
  const addLink = () => {
    if (link) collector.add(link.draft, link.origin);
    link = null;
  };

  for (const token of htmlTokens(await source.text())) {
    if (token.kind === 'text') {
      text += token.text;
      continue;
    }
    if (reading?.kind === 'description' && !isClose(token, 'dd')) {
      if (link) link.draft.note = text;
      reading = null;
    }
    if (token.kind === 'open' && token.name === 'h3') {
      addLink();
      [reading, text] = [{ kind: 'folder', place: PLACE_FOLDERS.some((name) => token.attributes.get(name) === 'true') }, ''];
    } else if (isClose(token, 'h3') && reading?.kind === 'folder') {
      folder = reading.place ? null : text.trim() || null;
      reading = null;
    } else if (token.kind === 'open' && token.name === 'dl') {
      folders.push(folder);
      folder = null;
    } else if (isClose(token, 'dl')) {
      addLink();
      folders.pop();
    } else if (token.kind === 'open' && token.name === 'a') {
      addLink();
      [reading, text] = [{ kind: 'link', attributes: token.attributes, line: token.line }, ''];
    } else if (isClose(token, 'a') && reading?.kind === 'link') {
      link = { draft: linkDraft(reading.attributes, text, folders), origin: { file: source.name, line: reading.line } };
      reading = null;
    } else if (token.kind === 'open' && token.name === 'dd' && link) {
      [reading, text] = [{ kind: 'description' }, ''];
    }
  }
  addLink();
}

const isClose = (token: HtmlToken, name: string): boolean => token.kind === 'close' && token.name === name;

function linkDraft(attributes: Map<string, string>, title: string, folders: readonly (string | null)[]): ItemDraft {
  const path = folders.filter((name): name is string => name !== null).join('/');
  const tags = (attributes.get('tags') ?? '').split(',');
  return {
    url: attributes.get('href'),
    title,
    tags: path ? [path, ...tags] : tags,
    savedAt: fromUnixTime(attributes.get('add_date')),
  };
}
