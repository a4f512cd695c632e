import type { ArticleId } from '../../../../shared/model/article';
import type { LibraryView } from '../../../../shared/model/articleQuery';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { ArticleList } from './ArticleList';
import { EmptyView } from './EmptyView';
import { libraryViewInfo } from './libraryViews';
import { useArticles } from './useArticles';
import { Welcome } from './Welcome';
import './LibraryPage.css';

interface LibraryPageProps {
  view: LibraryView;
  /** Known only once the library answered; until then an empty view is just an empty view. */
  libraryIsEmpty: boolean;
  libraryPath: string | null;
  /** The article to give keyboard focus to once the list shows, e.g. the one just read. */
  focusId: ArticleId | null;
  onOpen: (id: ArticleId) => void;
  /** Opens the Save dialog, from the welcome of an empty library. */
  onSave: () => void;
}

export function LibraryPage({ view, libraryIsEmpty, libraryPath, focusId, onOpen, onSave }: LibraryPageProps) {
  const articles = useArticles(view);
  const { label, whenEmpty } = libraryViewInfo(view);

  return (
    <div className="library-page">
      <h1 className="visually-hidden">{label}</h1>
      {articles.status === 'loading' && <LoadingState label="Opening your library…" />}
      {articles.status === 'error' && (
        <ErrorState title="The articles could not be listed" message={articles.error.message} onRetry={articles.reload} />
      )}
      {articles.status === 'ready' &&
        (articles.value.items.length > 0 ? (
          <ArticleList articles={articles.value.items} label={`${label} articles`} focusId={focusId} onOpen={onOpen} />
        ) : libraryIsEmpty ? (
          <Welcome libraryPath={libraryPath} onSave={onSave} />
        ) : (
          <EmptyView message={whenEmpty} />
        ))}
    </div>
  );
}
