import type { ArticleId } from '../../../../shared/model/article';
import { QUOTE_MAX, type HighlightTarget } from '../../../../shared/model/annotation';
import { describeSpan } from '../../../../shared/annotations/describeSpan';
import type { AnnotationRepository } from '../../library/library';
import type { ImportItem } from '../importBatch';

export interface AnnotationContext {
  annotations: Pick<AnnotationRepository, 'restoreHighlight' | 'setNote'>;
  randomId: () => string;
  now: string;
}

/**
 * Carries an item's highlights (with their dates) and note over to its new article. Called once per
 * article, right after it is added, so a second import of the same file (which skips the article) adds none.
 */
export async function importAnnotations(articleId: ArticleId, item: ImportItem, text: string, { annotations, randomId, now }: AnnotationContext): Promise<void> {
  for (const highlight of item.highlights) {
    const quote = highlight.quote.trim().slice(0, QUOTE_MAX);
    if (!quote) continue;
    const createdAt = highlight.createdAt ?? item.savedAt ?? now;
    await annotations.restoreHighlight({ id: randomId(), articleId, color: 'yellow', note: highlight.note ?? '', target: quoteTarget(text, quote), createdAt, modifiedAt: createdAt });
  }
  if (item.note?.trim()) await annotations.setNote(articleId, item.note);
}

/**
 * An export gives a highlight's words, not where they are. Found in the stored plain text, they are
 * described there; the reader's text (from the DOM) differs from it, so its hash does not match and the
 * reader anchors by the quote and its context. Not found (or no text yet: a link not fetched), they are
 * described over the quote alone, so the position is never trusted: the reader finds the words once the
 * page is there, and until then shows the highlight as an orphan with its quote.
 */
export function quoteTarget(text: string, quote: string): HighlightTarget {
  const start = text.indexOf(quote);
  return start >= 0 ? describeSpan(text, start, start + quote.length) : describeSpan(quote, 0, quote.length);
}
