import { useCallback, useMemo } from 'react';
import type { ArticleId } from '../../../../shared/model/article';
import type { Theme } from '../../../../shared/model/settings';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { LoadingState } from '../../components/LoadingState/LoadingState';
import { useApi } from '../../lib/api';
import { useEscapeKey } from '../../lib/useEscapeKey';
import { ArticleFrame } from './ArticleFrame';
import { buildArticleDocument } from './articleDocument';
import { ReaderHeader } from './ReaderHeader';
import { useArticle } from './useArticle';
import './ReaderPage.css';

interface ReaderPageProps {
  id: ArticleId;
  theme: Theme | undefined;
  /** Back to the list; keep it stable. */
  onClose: () => void;
}

export function ReaderPage({ id, theme, onClose }: ReaderPageProps) {
  const api = useApi();
  const opened = useArticle(id);
  useEscapeKey(onClose);

  // Main refuses anything but web addresses; a refused link simply stays closed.
  const openExternal = useCallback((url: string) => void api.shell.openExternal({ url }), [api]);

  const value = opened.status === 'ready' ? opened.value : null;
  const srcDoc = useMemo(() => value && buildArticleDocument(value.article, value.content), [value]);

  return (
    <div className="reader-page">
      <nav className="reader-page__nav" aria-label="Reader">
        <button type="button" className="button button--quiet" onClick={onClose}>
          <span aria-hidden="true">← </span>Library
          <kbd className="reader-page__key" aria-hidden="true">
            Esc
          </kbd>
        </button>
      </nav>
      {opened.status === 'loading' && <LoadingState label="Opening the article…" />}
      {opened.status === 'error' && (
        <ErrorState title="The article could not be opened" message={opened.error.message} onRetry={opened.reload} />
      )}
      {value && srcDoc && (
        <article className="reader-page__article">
          <ReaderHeader article={value.article} onOpenOriginal={openExternal} />
          <ArticleFrame
            title={`Text of “${value.article.title}”`}
            srcDoc={srcDoc}
            theme={theme}
            onEscape={onClose}
            onOpenLink={openExternal}
          />
        </article>
      )}
    </div>
  );
}
