import { describe, expect, it } from 'vitest';
import { libraryBookmarks } from '../../../../../src/main/core/export/bookmarksExport';
import { makeArticle } from '../../../../support/makeArticle';

const entry = (overrides: Parameters<typeof makeArticle>[1]) => ({ article: makeArticle(5, overrides), note: null, highlights: [] });

describe('libraryBookmarks', () => {
  it('escapes titles, addresses, tags and descriptions, and dates links in seconds', () => {
    const { text, links } = libraryBookmarks([
      entry({
        title: 'Q&A: <b>"Why"</b>',
        url: 'https://news.example/a?x=1&y="2"',
        tags: ['world/europe', 'a, b'],
        excerpt: 'Less <than> & more',
        savedAt: '2025-03-01T00:00:00.000Z',
        updatedAt: '2025-03-02T00:00:00.000Z',
      }),
    ]);
    expect(links).toBe(1);
    expect(text).toContain(
      '    <DT><A HREF="https://news.example/a?x=1&amp;y=&quot;2&quot;" ADD_DATE="1740787200" LAST_MODIFIED="1740873600" TAGS="world/europe,a  b">Q&amp;A: &lt;b&gt;&quot;Why&quot;&lt;/b&gt;</A>\n    <DD>Less &lt;than&gt; &amp; more\n',
    );
    expect(text.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>\n')).toBe(true);
    expect(text.endsWith('</DL><p>\n')).toBe(true);
  });

  it('leaves out articles without an address, and the TAGS and DD of an untagged link without excerpt', () => {
    const { text, links } = libraryBookmarks([entry({ url: null, canonicalUrl: null }), entry({ excerpt: '' })]);
    expect(links).toBe(1);
    expect(text).toMatch(/<A HREF="[^"]+" ADD_DATE="\d+" LAST_MODIFIED="\d+">Story number 5<\/A>\n<\/DL>/);
  });
});
