import type { Article, ArticleId } from '../../../../shared/model/article';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { useShortcuts } from '../shortcuts/useShortcuts';
import type { SettingsQuery } from '../settings/useSettings';
import { ReaderToolbar } from './ReaderToolbar';
import { ReaderView } from './ReaderView';
import { useArticle } from './useArticle';
import { useArticleContent } from './useArticleContent';
import './ReaderPage.css';

interface ReaderPageProps {
  id: ArticleId;
  settings: SettingsQuery;
  /** Back to the list. */
  onClose: () => void;
  /** Moves the article to the Trash (with Undo) and leaves the reader. */
  onTrash: (article: Article) => void;
  /** A highlight to take the reader to (from the Highlights view). */
  highlightId?: string;
}

/** One article: its record and body once both are in, or why it could not be opened. */
export function ReaderPage({ id, settings, onClose, onTrash, highlightId }: ReaderPageProps) {
  const article = useArticle(id);
  const content = useArticleContent(id);
  useShortcuts({ back: onClose });
  const failed = article.status === 'error' ? article : content.status === 'error' ? content : null;
  const reload = () => {
    article.reload();
    content.reload();
  };

  // Settings that cannot be read leave the article readable, in the default style.
  const reading = settings.status === 'ready' ? settings.value : settings.status === 'error' ? DEFAULT_SETTINGS : null;

  if (article.status === 'ready' && content.status === 'ready' && reading) {
    return (
      <ReaderView
        article={article.value}
        content={content.value}
        reading={reading}
        onChangeReading={settings.update}
        readingFailure={settings.failure}
        onClose={onClose}
        onTrash={onTrash}
        highlightId={highlightId}
      />
    );
  }
  return (
    <div className="reader-page">
      <ReaderToolbar onBack={onClose} />
      {failed ? (
        <ErrorState title="The article could not be opened" message={failed.error.message} onRetry={reload} />
      ) : (
        <LoadingState label="Opening the article…" />
      )}
    </div>
  );
}
