import type { Article } from '../../../../shared/model/article';
import type { ArticleNote, Highlight } from '../../../../shared/model/annotation';
import { articleAddress, inReadingOrder, newestSavedFirst, type AnnotatedArticle } from './annotatedArticle';
import { nameUuid } from './nameUuid';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The annotations as W3C Web Annotations (https://www.w3.org/TR/annotation-model/). A set of annotations
 * travels as an AnnotationCollection whose one AnnotationPage holds them: the model's own container for
 * an ordered set (section 5), with a single @context for the document, where a bare array is no JSON-LD
 * document at all. Each highlight is an Annotation on its article's address, located by both selectors;
 * its note is a Markdown TextualBody; the article note is a `commenting` Annotation on the article itself.
 */
export function annotationsJsonLd(annotated: readonly AnnotatedArticle[], exportedAt: Date, label: string): string {
  const items = newestSavedFirst(annotated).flatMap(({ article, note, highlights }) => [
    ...(note ? [noteAnnotation(article, note)] : []),
    ...inReadingOrder(highlights).map((highlight) => highlightAnnotation(article, highlight)),
  ]);
  const collectionId = `urn:uuid:${nameUuid(`annotations:${annotated.map((each) => each.article.id).join(',')}:${exportedAt.toISOString()}`)}`;
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    generated: exportedAt.toISOString(),
    generator: { type: 'Software', name: 'News Archive' },
    first: { id: `${collectionId}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** The article's address, or for pasted text (no address) the article's own id as a URN. */
const sourceOf = (article: Article) => articleAddress(article) ?? `urn:uuid:${article.id}`;

const commentBody = (text: string) => ({ type: 'TextualBody', value: text, format: 'text/markdown', purpose: 'commenting' });

function highlightAnnotation(article: Article, highlight: Highlight) {
  const { quote, position } = highlight.target;
  const hasNote = highlight.note.trim() !== '';
  return {
    id: `urn:uuid:${highlight.id}`,
    type: 'Annotation',
    motivation: hasNote ? 'commenting' : 'highlighting',
    created: highlight.createdAt,
    modified: highlight.modifiedAt,
    ...(hasNote ? { body: commentBody(highlight.note) } : {}),
    target: {
      source: sourceOf(article),
      // The colour, in the model's own terms: a class of the annotation's stylesheet.
      styleClass: highlight.color,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, ...(quote.prefix ? { prefix: quote.prefix } : {}), ...(quote.suffix ? { suffix: quote.suffix } : {}) },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    stylesheet: { type: 'CssStylesheet', value: `.${highlight.color} { background-color: ${highlight.color}; }` },
  };
}

function noteAnnotation(article: Article, note: ArticleNote) {
  return {
    id: `urn:uuid:${nameUuid(`article-note:${article.id}`)}`,
    type: 'Annotation',
    motivation: 'commenting',
    modified: note.modifiedAt,
    body: commentBody(note.text),
    target: sourceOf(article),
  };
}
