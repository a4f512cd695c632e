import type { Article, ArticleId } from '../../../shared/model/article';
import type { LibraryView } from '../../../shared/model/articleQuery';
import { inBranch } from '../../../shared/model/tag';
import { foldText } from '../../../shared/search/foldText';
import type { ReadState, SearchFilters } from '../../../shared/search/searchQuery';
import { inView } from '../articles/listArticles';

type Test = (article: Article) => boolean;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Published, or saved when the publication date is unknown. */
const dateOf = (article: Article) => Date.parse(article.publishedAt ?? article.savedAt);
const hostOf = (article: Article) => (article.url === null ? '' : (URL.parse(article.url)?.hostname ?? ''));

/** Whether an article is in the view and passes every filter of the query. */
export function articleFilter(filters: SearchFilters, view: LibraryView, hasHighlights: (id: ArticleId) => boolean): Test {
  const states: Record<ReadState, Test> = {
    unread: (article) => !article.read,
    read: (article) => article.read,
    starred: (article) => article.starred,
    archived: (article) => article.archived,
    highlighted: (article) => hasHighlights(article.id),
  };
  const tests: Test[] = [
    inView[view],
    ...filters.tags.map(inBranch).map((isInBranch): Test => (article) => article.tags.some(isInBranch)),
    ...filters.sites.map((site) => site.toLowerCase()).map((site): Test => (article) => (article.siteName ?? '').toLowerCase().includes(site) || hostOf(article).includes(site)),
    ...filters.authors.map(foldText).map((author): Test => (article) => article.authors.some((name) => foldText(name).includes(author))),
    ...filters.is.map((state) => states[state]),
    ...filters.langs.map((lang) => lang.toLowerCase()).map((lang): Test => (article) => {
      const own = article.lang?.toLowerCase() ?? '';
      return own === lang || own.startsWith(`${lang}-`);
    }),
  ];
  if (filters.before !== null) {
    const before = Date.parse(filters.before);
    tests.push((article) => dateOf(article) < before);
  }
  if (filters.after !== null) {
    const after = Date.parse(filters.after) + DAY_MS;
    tests.push((article) => dateOf(article) >= after);
  }
  return (article) => tests.every((test) => test(article));
}
