import { useCallback } from 'react';
import type { Article } from '../../../../shared/model/article';
import { useApi } from '../../lib/api';
import type { PagesSnapshot } from '../../lib/pagedList';
import { LibraryList, type LibraryListBaseProps } from '../library/LibraryList';
import { fetchEvery } from '../library/selectedArticles';
import { MarkedText } from './MarkedText';
import { NoResults } from './NoResults';
import { SearchControls } from './SearchControls';
import { hitAt, type SearchPages } from './searchPages';
import { SearchSnippet } from './SearchSnippet';
import type { SearchOrder } from './useSearch';
import './SearchResults.css';

type SearchResultsProps = Pick<LibraryListBaseProps, 'assetBaseUrl' | 'focusId' | 'onOpen' | 'actions'> & {
  pages: SearchPages;
  snapshot: PagesSnapshot;
  /** The order chosen, which the results may not be in yet. */
  order: SearchOrder;
  onOrder: (order: SearchOrder) => void;
  onSearchAll: () => void;
};

/** A search's results in the library's list, each row with its matched words marked and the passage that matched. */
export function SearchResults({ pages, snapshot, order, onOrder, onSearchAll, ...listProps }: SearchResultsProps) {
  const api = useApi();
  const { ask } = pages;
  const everyArticle = useCallback(
    async () => (await fetchEvery((offset, limit) => api.search.query({ ...ask, offset, limit }))).map((hit) => hit.article),
    [api, ask],
  );
  const rowParts = useCallback((index: number, article: Article) => {
    const hit = hitAt(pages, index);
    if (!hit) return {};
    return { title: <MarkedText text={article.title} marks={hit.titleMarks} />, excerpt: hit.snippet && <SearchSnippet snippet={hit.snippet} /> };
  }, [pages]);

  return (
    <LibraryList
      {...listProps}
      view={ask.view}
      label="Search results"
      pages={pages}
      snapshot={snapshot}
      everyArticle={everyArticle}
      rowParts={rowParts}
      controls={(total, extras) => (
        <SearchControls query={ask.query} total={total} tookMs={pages.answerAt(0)?.tookMs ?? null} order={order} onOrder={onOrder}>
          {extras}
        </SearchControls>
      )}
      empty={<NoResults query={ask.query} view={ask.view} onSearchAll={onSearchAll} />}
    />
  );
}
