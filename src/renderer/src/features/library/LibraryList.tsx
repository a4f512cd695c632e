import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Article, ArticleId } from '../../../../shared/model/article';
import type { LibraryView } from '../../../../shared/model/articleQuery';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { useApi } from '../../lib/api';
import type { PagesSnapshot } from '../../lib/pagedList';
import { ArticleList, type FocusTarget, type RowPartsOf } from './ArticleList';
import type { ArticlePages } from './articlePages';
import type { RowClick } from './ArticleRow';
import { EmptyTrashDialog } from './EmptyTrashDialog';
import { TagEditorDialog } from '../tags/TagEditorDialog';
import { selectedArticles } from './selectedArticles';
import { selectedCount } from './selection';
import { SelectionToolbar } from './SelectionToolbar';
import type { ArticleActionsState } from './useArticleActions';
import { useListKeys } from './useListKeys';
import { useListSelection } from './useListSelection';

/** What the app hands the library screen's list, whatever it lists. */
export interface LibraryListBaseProps {
  /**
   * Known only once the library answered; until then an empty view is just an empty view. 'welcome'
   * while the first-run welcome is wanted, 'dismissed' once the person closed it with nothing saved.
   */
  libraryIsEmpty: false | 'welcome' | 'dismissed';
  libraryPath: string | null;
  /** Where lead images load from (LibraryInfo.assetBaseUrl); null until known. */
  assetBaseUrl: string | null;
  /** The article to give keyboard focus to once the list shows, e.g. the one just read. */
  focusId: ArticleId | null;
  onOpen: (id: ArticleId) => void;
  /** Opens the Save dialog, from the welcome of an empty library. */
  onSave: () => void;
  /** Opens the "Manage tags" dialog, from the tag filter. */
  onManageTags: () => void;
  /** The app's article actions: their toast (with Undo) outlives this screen. */
  actions: ArticleActionsState;
}

/** What a list of articles (the view's, or a search's results) brings to the library screen. */
export interface ListSource {
  view: LibraryView;
  /** The list's accessible name. */
  label: string;
  pages: ArticlePages;
  snapshot: PagesSnapshot;
  /** Every article of the list, for acting on "select all". */
  everyArticle: () => Promise<Article[]>;
  /** The controls above the rows, given how many there are and the list's own extras to place among them. */
  controls: (total: number, extras: ReactNode) => ReactNode;
  /** What shows when there are no rows. */
  empty: ReactNode;
  rowParts?: RowPartsOf;
}

type LibraryListProps = Pick<LibraryListBaseProps, 'assetBaseUrl' | 'focusId' | 'onOpen' | 'actions'> & ListSource;

/** One list: its rows, selection, keyboard focus and actions. */
export function LibraryList({ view, label, pages, snapshot, everyArticle, controls, empty, rowParts, assetBaseUrl, focusId, actions, onOpen }: LibraryListProps) {
  const api = useApi();
  const { selection, check, selectAll, clear } = useListSelection(pages);
  const [focused, setFocused] = useState<number | null>(null);
  const [focus, setFocus] = useState<FocusTarget>({ index: 0, request: 0 });
  const [trashCount, setTrashCount] = useState<number | null>(null);
  const [tagging, setTagging] = useState<Article[] | null>(null);
  const total = snapshot.total ?? 0;
  const count = selectedCount(selection, total);

  const moveFocus = useCallback((index: number) => {
    setFocused(index);
    setFocus((previous) => ({ index, request: previous.request + 1 }));
  }, []);

  // Back from the reader: once the first rows arrive, the article just read gets the focus again (when listed).
  useEffect(() => {
    if (!focusId) return;
    const unsubscribe = pages.subscribe(() => {
      unsubscribe();
      const index = pages.indexOf(focusId);
      if (index >= 0) moveFocus(index);
    });
    return unsubscribe;
  }, [focusId, pages, moveFocus]);

  const act = useCallback(
    (action: Parameters<typeof actions.run>[0], articles: Article[]) => {
      clear();
      void actions.run(action, articles);
    },
    [actions, clear],
  );
  const targets = useCallback(async (): Promise<Article[]> => {
    if (count > 0) return selectedArticles(api, everyArticle, selection, pages);
    const article = focused === null ? undefined : pages.itemAt(focused);
    return article ? [article] : [];
  }, [api, everyArticle, selection, pages, count, focused]);

  const onRowClick = useCallback(
    (index: number, article: Article, how: RowClick) => {
      setFocused(index);
      if (how.toggle || how.range) void check(index, article, how.range);
      else onOpen(article.id);
    },
    [check, onOpen],
  );

  useListKeys({
    view,
    enabled: trashCount === null && tagging === null,
    total,
    focused,
    moveFocus,
    openFocused: () => {
      const article = focused === null ? undefined : pages.itemAt(focused);
      if (article) onOpen(article.id);
    },
    selectAll,
    targets,
    act,
    editTags: setTagging,
    openOriginal: (url) => void api.shell.openExternal({ url }),
  });

  if (snapshot.total === null) {
    return snapshot.error ? (
      <ErrorState title="The articles could not be listed" message={snapshot.error.message} onRetry={() => void pages.refresh()} />
    ) : (
      <LoadingState label="Opening your library…" />
    );
  }
  return (
    <>
      {count > 0 ? (
        // In place of the controls, at the same height, so the rows do not jump when a selection starts.
        <SelectionToolbar count={count} view={view} onAction={async (action) => act(action, await targets())}
          onTags={async () => setTagging(await targets())}
          onClear={clear}
        />
      ) : (
        controls(
          snapshot.total,
          view === 'trash' && total > 0 && (
            <button type="button" className="button button--small list-controls__danger" onClick={() => setTrashCount(total)}>
              Empty Trash…
            </button>
          ),
        )
      )}
      {total > 0 ? (
        <ArticleList
          pages={pages}
          total={total}
          version={snapshot.version}
          label={label}
          selection={selection}
          assetBaseUrl={assetBaseUrl}
          focus={focus}
          focused={focused}
          onFocusIndex={setFocused}
          onClick={onRowClick}
          onCheck={check}
          rowParts={rowParts}
        />
      ) : (
        empty
      )}
      {tagging && <TagEditorDialog articles={tagging} onClose={() => setTagging(null)} />}
      <EmptyTrashDialog count={trashCount} onConfirm={() => void actions.emptyTrash()} onClose={() => setTrashCount(null)} />
    </>
  );
}
