import { fromUnixTime } from '../importDates';
import type { ImportCollector } from '../importCollector';
import { htmlTokens } from '../read/htmlTokens';
import type { ImportSource } from '../read/importSource';

/**
 * Pocket's old `ril_export.html`: a "Unread" and a "Read Archive" heading, each over a list of links whose
 * `time_added` and comma-separated `tags` attributes carry the rest.
 */
export async function readPocketHtml(source: ImportSource, collector: ImportCollector): Promise<void> {
  let archived = false;
  let heading: string | null = null;
  let link: { attributes: Map<string, string>; title: string; line: number } | null = null;
  for (const token of htmlTokens(await source.text())) {
    if (token.kind === 'text') {
      if (link) link.title += token.text;
      else if (heading !== null) heading += token.text;
    } else if (token.kind === 'open' && token.name === 'h1') {
      heading = '';
    } else if (token.kind === 'close' && token.name === 'h1' && heading !== null) {
      archived = /archive/i.test(heading);
      heading = null;
    } else if (token.kind === 'open' && token.name === 'a') {
      link = { attributes: token.attributes, title: '', line: token.line };
    } else if (token.kind === 'close' && token.name === 'a' && link) {
      const { attributes, title, line } = link;
      collector.add(
        {
          url: attributes.get('href'),
          title,
          tags: (attributes.get('tags') ?? '').split(','),
          state: { read: archived, archived },
          savedAt: fromUnixTime(attributes.get('time_added')),
        },
        { file: source.name, line },
      );
      link = null;
    }
  }
}
