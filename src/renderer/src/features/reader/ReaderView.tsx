import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Article, ArticleContent } from '../../../../shared/model/article';
import type { Settings, SettingsPatch } from '../../../../shared/model/settings';
import { useApi } from '../../lib/api';
import { ReaderAnnotationsLayer } from '../annotations/ReaderAnnotationsLayer';
import { useReaderAnnotations } from '../annotations/useReaderAnnotations';
import { useShortcuts } from '../shortcuts/useShortcuts';
import { TagEditorDialog } from '../tags/TagEditorDialog';
import { ActionButton } from './ActionButton';
import { ArticleActionButtons } from './ArticleActionButtons';
import { ArticleFrame } from './ArticleFrame';
import { buildArticleDocument } from './articleDocument';
import { ReaderHeader } from './ReaderHeader';
import { ReaderToolbar } from './ReaderToolbar';
import { ReadingProgressBar } from './ReadingProgressBar';
import { ReadingSettings } from './ReadingSettings';
import { applyReadingStyle } from './readingStyle';
import { stepFontSize } from './readingSteps';
import { useArticleActions } from './useArticleActions';
import { useReadingProgress } from './useReadingProgress';

interface ReaderViewProps {
  article: Article;
  content: ArticleContent;
  reading: Settings;
  onChangeReading: (patch: SettingsPatch) => void;
  /** Why the last reading setting was not saved. */
  readingFailure: string | null;
  onClose: () => void;
  onTrash: (article: Article) => void;
  /** A highlight to take the reader to once the article is laid out. */
  highlightId?: string;
}

/** The open article: toolbar, header and body, its progress tracked and its keys live. */
export function ReaderView({ article, content, reading, onChangeReading, readingFailure, onClose, onTrash, highlightId }: ReaderViewProps) {
  const api = useApi();
  const pageRef = useRef<HTMLDivElement>(null);
  // The article's frame, once laid out.
  const [frame, setFrame] = useState<HTMLIFrameElement | null>(null);
  const [tagging, setTagging] = useState(false);
  const progress = useReadingProgress(article, frame !== null);
  const notes = useReaderAnnotations(article.id, frame, highlightId);
  const noteCount = notes.annotations?.highlights.length ?? 0;
  const actions = useArticleActions(article, { onTrash, onMarkedUnread: progress.keepUnread });
  const openLink = useCallback((url: string) => void api.shell.openExternal({ url }), [api]);

  const resize = (direction: 1 | -1) => {
    const fontSize = stepFontSize(reading.fontSize, direction);
    if (fontSize !== reading.fontSize) onChangeReading({ fontSize });
  };
  useShortcuts({
    star: actions.star,
    archive: actions.archive,
    toggleRead: actions.toggleRead,
    delete: actions.trash,
    openOriginal: actions.openOriginal,
    tags: () => setTagging(true),
    fontBigger: () => resize(1),
    fontSmaller: () => resize(-1),
    highlight: () => void notes.highlightSelection(),
    notes: notes.panel.toggle,
  });

  // The header outside the frame follows the reading style too, so title and text line up.
  useLayoutEffect(() => {
    if (pageRef.current) applyReadingStyle(pageRef.current, reading);
  }, [reading]);

  const { lang, dir, title } = article;
  const srcDoc = useMemo(() => buildArticleDocument({ lang, dir, title }, content), [lang, dir, title, content]);

  return (
    <div ref={pageRef} className={notes.panel.open ? 'reader-page reader-page--with-panel' : 'reader-page'}>
      <ReadingProgressBar progress={progress.progress} />
      <ReaderToolbar onBack={onClose}>
        <ArticleActionButtons article={article} actions={actions} />
        <ActionButton id="tags" label={article.tags.length > 0 ? `Tags (${article.tags.length})` : 'Tags'} onClick={() => setTagging(true)} />
        <ActionButton id="notes" label={noteCount > 0 ? `Notes (${noteCount})` : 'Notes'} pressed={notes.panel.open} onClick={notes.panel.toggle} />
        <ReadingSettings settings={reading} onChange={onChangeReading} />
      </ReaderToolbar>
      {readingFailure && (
        <p className="reader-page__failure" role="alert">
          That setting was not saved: {readingFailure}
        </p>
      )}
      <article className="reader-page__article">
        <ReaderHeader article={article} onOpenOriginal={openLink} />
        <ArticleFrame
          title={`Text of “${title}”`}
          srcDoc={srcDoc}
          theme={reading.theme}
          reading={reading}
          onOpenLink={openLink}
          onLaidOut={setFrame}
        />
      </article>
      <ReaderAnnotationsLayer articleId={article.id} frame={frame} reader={notes} onOpenLink={openLink} />
      {tagging && <TagEditorDialog articles={[article]} onClose={() => setTagging(false)} />}
    </div>
  );
}
