import type { AnnotatedArticle } from '../../../../../../src/main/core/annotations/export/annotatedArticle';
import { makeArticle } from '../../../../../support/makeArticle';
import { makeTarget } from '../../../../../support/makeHighlight';

export const exportedAt = new Date('2025-03-20T12:00:00.000Z');

/** An article whose title needs YAML escaping, with a note and two highlights made out of reading order. */
export const annotated: AnnotatedArticle = {
  article: makeArticle(1, {
    title: 'Trump: "Call went well"',
    url: 'https://news.example/story?utm_source=feed',
    canonicalUrl: 'https://news.example/story',
    siteName: 'NDTV',
    authors: ['Ada Reporter', 'Bo "BJ" Writer'],
    publishedAt: '2025-03-18T08:00:00.000Z',
    savedAt: '2025-03-19T09:30:00.000Z',
  }),
  note: { articleId: makeArticle(1).id, text: 'Worth **rereading**.', modifiedAt: '2025-03-19T10:00:00.000Z' },
  highlights: [
    {
      id: '11111111-1111-4111-8111-111111111111',
      articleId: makeArticle(1).id,
      color: 'green',
      note: '',
      target: makeTarget('The second point.', 200),
      createdAt: '2025-03-19T10:01:00.000Z',
      modifiedAt: '2025-03-19T10:01:00.000Z',
    },
    {
      id: '22222222-2222-4222-8222-222222222222',
      articleId: makeArticle(1).id,
      color: 'yellow',
      note: 'Compare with *last week*.',
      target: { ...makeTarget('First paragraph ends here.\n\n# Not a heading *really*', 10), quote: { type: 'TextQuoteSelector', exact: 'First paragraph ends here.\n\n# Not a heading *really*', prefix: 'Intro. ', suffix: '' } },
      createdAt: '2025-03-19T10:02:00.000Z',
      modifiedAt: '2025-03-19T10:05:00.000Z',
    },
  ],
};
