import { describe, expect, it } from 'vitest';
import { exportAnnotations } from '../../../../../../src/main/core/annotations/export/exportAnnotations';
import { makeArticle } from '../../../../../support/makeArticle';
import { annotated, exportedAt } from './exportSamples';

const jsonLd = (entries = [annotated]) => JSON.parse(exportAnnotations(entries, 'jsonld', exportedAt, 'article').text);

describe('the W3C Web Annotation export', () => {
  it('is one AnnotationCollection whose page holds the note, then the highlights in reading order', () => {
    const collection = jsonLd();
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: expect.stringMatching(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      type: 'AnnotationCollection',
      label: 'Highlights and notes: Trump: "Call went well"',
      total: 3,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(collection.first.items.map((item: { motivation: string }) => item.motivation)).toEqual(['commenting', 'commenting', 'highlighting']);
  });

  it('describes a highlight by both selectors on the article address, its note as a Markdown body', () => {
    const [note, withNote, plain] = jsonLd().first.items;
    expect(withNote).toEqual({
      id: 'urn:uuid:22222222-2222-4222-8222-222222222222',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2025-03-19T10:02:00.000Z',
      modified: '2025-03-19T10:05:00.000Z',
      body: { type: 'TextualBody', value: 'Compare with *last week*.', format: 'text/markdown', purpose: 'commenting' },
      target: {
        source: 'https://news.example/story',
        styleClass: 'yellow',
        selector: [
          { type: 'TextQuoteSelector', exact: 'First paragraph ends here.\n\n# Not a heading *really*', prefix: 'Intro. ' },
          { type: 'TextPositionSelector', start: 10, end: 62 },
        ],
      },
      stylesheet: { type: 'CssStylesheet', value: '.yellow { background-color: yellow; }' },
    });
    expect(plain).not.toHaveProperty('body');
    expect(note).toMatchObject({ type: 'Annotation', motivation: 'commenting', body: { value: 'Worth **rereading**.' }, target: 'https://news.example/story' });
  });

  it('targets pasted text (no address) by its article id as a URN', () => {
    const pasted = { ...annotated, article: makeArticle(1, { url: null, canonicalUrl: null }) };
    expect(jsonLd([pasted]).first.items[1].target.source).toBe(`urn:uuid:${pasted.article.id}`);
  });

  it('names the file and media type for each format; the JSON carries our records, versioned', () => {
    expect(exportAnnotations([annotated], 'jsonld', exportedAt, 'article')).toMatchObject({ fileName: 'trump-call-went-well-highlights.jsonld', mimeType: expect.stringContaining('application/ld+json') });
    const json = exportAnnotations([annotated], 'json', exportedAt, 'library');
    expect(json.fileName).toBe('news-archive-2025-03-20-highlights.json');
    const parsed = JSON.parse(json.text);
    expect(parsed).toMatchObject({ format: 'news-archive-annotations', version: 1, exportedAt: '2025-03-20T12:00:00.000Z' });
    expect(parsed.articles[0]).toMatchObject({ article: { id: annotated.article.id, title: annotated.article.title }, note: annotated.note });
    expect(parsed.articles[0].highlights.map((h: { id: string }) => h.id)).toEqual(['22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111']);
  });
});
