import { describe, expect, it } from 'vitest';
import { articleMarkdown, libraryMarkdown } from '../../../../../../src/main/core/annotations/export/markdownExport';
import { yamlString } from '../../../../../../src/main/core/annotations/export/yamlString';
import { exportFileName } from '../../../../../../src/main/core/annotations/export/exportFileName';
import { makeArticle } from '../../../../../support/makeArticle';
import { annotated, exportedAt } from './exportSamples';

describe('the Markdown export', () => {
  it('writes front matter, the title, the note, then the highlights in reading order as quotes with colour and note', () => {
    expect(articleMarkdown(annotated, exportedAt)).toBe(
      [
        '---',
        'title: "Trump: \\"Call went well\\""',
        'url: "https://news.example/story"',
        'site: "NDTV"',
        'authors: ["Ada Reporter", "Bo \\"BJ\\" Writer"]',
        'published: 2025-03-18T08:00:00.000Z',
        'saved: 2025-03-19T09:30:00.000Z',
        'exported: 2025-03-20T12:00:00.000Z',
        '---',
        '',
        '# Trump: "Call went well"',
        '',
        'Worth **rereading**.',
        '',
        '> First paragraph ends here.',
        '>',
        '> \\# Not a heading \\*really\\*',
        '',
        'Colour: yellow',
        '',
        'Compare with *last week*.',
        '',
        '> The second point.',
        '',
        'Colour: green',
        '',
      ].join('\n'),
    );
  });

  it('leaves unknown facts out of the front matter and uses the saved address when there is no canonical one', () => {
    const bare = { article: makeArticle(2, { canonicalUrl: null, url: 'https://a.example/x', siteName: null, authors: [], publishedAt: null }), note: null, highlights: [] };
    expect(articleMarkdown(bare, exportedAt)).toBe(
      `---\ntitle: "Story number 2"\nurl: "https://a.example/x"\nsaved: ${bare.article.savedAt}\nexported: 2025-03-20T12:00:00.000Z\n---\n\n# Story number 2\n`,
    );
  });

  it('makes one section per article, newest saved first, under one front matter', () => {
    const older = { article: makeArticle(3, { savedAt: '2025-01-01T00:00:00.000Z', title: 'Older' }), note: { articleId: makeArticle(3).id, text: 'Old note', modifiedAt: '2025-01-02T00:00:00.000Z' }, highlights: [] };
    const text = libraryMarkdown([older, annotated], exportedAt);
    expect(text.startsWith('---\ntitle: "Highlights and notes from News Archive"\narticles: 2\nexported: 2025-03-20T12:00:00.000Z\n---\n')).toBe(true);
    expect(text.indexOf('# Trump')).toBeLessThan(text.indexOf('# Older'));
    expect(text).toContain('# Older\n\n- Link: <https://news.example.com/story/3>\n- Site: Other Daily\n- Authors: Ada Reporter\n- Published: 2025-02-04\n- Saved: 2025-01-01\n\nOld note\n');
  });
});

describe('YAML strings', () => {
  it.each([
    ['a: colon', '"a: colon"'],
    ['"quoted" \\ back', '"\\"quoted\\" \\\\ back"'],
    ['two\nlines', '"two\\nlines"'],
    ['# not a comment', '"# not a comment"'],
    ['line\u2028separator and \u0085 next line', '"line\\u2028separator and \\u0085 next line"'],
  ])('writes %j as a double-quoted scalar that reads back the same', (value, yaml) => {
    expect(yamlString(value)).toBe(yaml);
    expect(JSON.parse(yamlString(value))).toBe(value);
  });
});

describe('export file names', () => {
  it.each([
    ['Trump, Putin Call On Russia-Ukraine War', 'md', 'trump-putin-call-on-russia-ukraine-war-highlights.md'],
    ['Café: “Ça va?” / <CON> | a*b', 'jsonld', 'cafe-ca-va-con-a-b-highlights.jsonld'],
    ['日本のガイド', 'json', '日本のガイド-highlights.json'],
    ['???', 'md', 'article-highlights.md'],
    [`${'word '.repeat(40)}`, 'md', `${Array(16).fill('word').join('-')}-highlights.md`],
  ])('names %j safely', (title, extension, name) => {
    expect(exportFileName(title, extension)).toBe(name);
  });
});
