import { buildArticleDocument } from '../../../../../../src/renderer/src/features/reader/articleDocument';
import { applyReadingStyle, type ReadingStyle } from '../../../../../../src/renderer/src/features/reader/readingStyle';
import type { Theme } from '../../../../../../src/shared/model/settings';
import type { SavedArticle } from '../../../../../support/savedTestPages';

export interface ReadingSettings extends ReadingStyle {
  theme: Theme;
}

/** The reader's document for an article, built and styled as the reader builds it; returns its `.article-body`. */
export function readerArticleBody(article: SavedArticle, settings: ReadingSettings): HTMLElement {
  const doc = new DOMParser().parseFromString(buildArticleDocument(article, article), 'text/html');
  applyReadingStyle(doc.documentElement, settings);
  doc.documentElement.dataset.theme = settings.theme;
  return doc.querySelector<HTMLElement>('.article-body')!;
}
