import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article, ArticleId } from '../../shared/model/article';
import type { HighlightId } from '../../shared/model/annotation';
import { AppHeader } from './components/AppHeader/AppHeader';
import { DropOverlay } from './features/capture/DropOverlay';
import { JobsPanel } from './features/capture/JobsPanel';
import { SaveButton } from './features/capture/SaveButton';
import { SaveDialog } from './features/capture/SaveDialog';
import { useSaving } from './features/capture/useSaving';
import { HelpDialog } from './features/help/HelpDialog';
import { HighlightsPage } from './features/highlights/HighlightsPage';
import { ImportProvider } from './features/import/ImportProvider';
import { LibraryPage } from './features/library/LibraryPage';
import { UndoToast } from './features/library/UndoToast';
import { useArticleActions } from './features/library/useArticleActions';
import { useLibraryInfo } from './features/library/useLibraryInfo';
import { ViewTabs, type LibraryScreen } from './features/library/ViewTabs';
import { MenuCommands } from './features/menu/MenuCommands';
import { LibraryNoticeList } from './features/notices/LibraryNoticeList';
import { ReaderPage } from './features/reader/ReaderPage';
import { focusFirstResult } from './features/search/focusFirstResult';
import { SearchBox } from './features/search/SearchBox';
import { useSearch } from './features/search/useSearch';
import { SettingsMenu } from './features/settings/SettingsMenu';
import { useDocumentTheme } from './features/settings/useDocumentTheme';
import { useSettings } from './features/settings/useSettings';
import { useShortcuts } from './features/shortcuts/useShortcuts';
import { ManageTagsDialog } from './features/tags/ManageTagsDialog';

/** The whole app: the library's views, or one article in the reader, under a shared header; saves over both. */
export function App() {
  const [view, setView] = useState<LibraryScreen>('unread');
  const [openId, setOpenId] = useState<ArticleId | null>(null);
  // The highlight the reader should take the person to, when they came from the Highlights view.
  const [openAt, setOpenAt] = useState<HighlightId | undefined>(undefined);
  // The article last read, so the list hands keyboard focus back to it.
  const [returnTo, setReturnTo] = useState<ArticleId | null>(null);
  const info = useLibraryInfo();
  const settings = useSettings();
  const theme = settings.status === 'ready' ? settings.value.theme : undefined;
  useDocumentTheme(theme);
  const { capture, dialogOpen, openDialog, closeDialog, dragging } = useSaving();
  const [helpOpen, setHelpOpen] = useState(false);
  const showHelp = useCallback(() => setHelpOpen(true), []);
  const [settingsRequest, setSettingsRequest] = useState(0);
  const openSettings = useCallback(() => setSettingsRequest((count) => count + 1), []);
  const [managingTags, setManagingTags] = useState(false);
  const manageTags = useCallback(() => setManagingTags(true), []);
  // The search stays while an article is read, so going back finds the results as they were.
  const search = useSearch(view === 'highlights' ? null : view);
  const searchBox = useRef<HTMLInputElement>(null);
  const [boxFocusWanted, setBoxFocusWanted] = useState(false);
  useEffect(() => {
    if (!boxFocusWanted || !searchBox.current) return;
    searchBox.current.focus();
    setBoxFocusWanted(false);
  }, [boxFocusWanted, openId]);
  // `/` from the reader goes back to the library, to the box rather than to the article just read.
  const focusSearch = useCallback(() => {
    setOpenId(null);
    setReturnTo(null);
    setBoxFocusWanted(true);
  }, []);
  useShortcuts({ help: showHelp, search: focusSearch });
  // The Highlights view lists highlights, not articles: a search there searches the whole library.
  const typeSearch = (text: string) => {
    if (view === 'highlights' && text.trim() !== '') setView('all');
    search.setText(text);
  };

  const open = useCallback((id: ArticleId, highlightId?: HighlightId) => {
    setOpenId(id);
    setOpenAt(highlightId);
    setReturnTo(id);
    window.scrollTo(0, 0);
  }, []);
  const close = useCallback(() => setOpenId(null), []);
  // One set of article actions for the list and the reader, so the Undo of a delete survives leaving the reader.
  const actions = useArticleActions();
  const trashAndClose = useCallback(
    (article: Article) => {
      void actions.run('trash', [article]);
      close();
    },
    [actions, close],
  );
  const toast = <UndoToast toast={actions.toast} onDismiss={actions.dismiss} />;
  const changeView = useCallback((next: LibraryScreen) => {
    setView(next);
    setReturnTo(null);
  }, []);
  // The menu's Go items leave the reader for the view chosen.
  const showScreen = useCallback(
    (next: LibraryScreen) => {
      close();
      changeView(next);
    },
    [close, changeView],
  );
  const libraryPath = info.status === 'ready' ? info.value.path : null;
  // The welcome stays until the library has an article or the person closes it.
  const nothingSaved = info.status === 'ready' && info.value.articleCount === 0;
  const libraryIsEmpty = !nothingSaved || settings.status !== 'ready' ? false : settings.value.welcomeDismissed ? 'dismissed' : 'welcome';

  return (
    <ImportProvider>
      <MenuCommands onSave={openDialog} onSettings={openSettings} onSearch={focusSearch} onHelp={showHelp} onShow={showScreen} />
      <AppHeader
        tools={
          <>
            <SaveButton onClick={openDialog} />
            <SettingsMenu
              settings={settings}
              onShowShortcuts={showHelp}
              onManageTags={manageTags}
              libraryPath={libraryPath}
              onLibraryMoved={info.reload}
              openRequest={settingsRequest}
            />
          </>
        }
      >
        {openId === null && (
          <>
            <ViewTabs current={view} onChange={changeView} />
            <SearchBox
              text={search.text}
              onText={typeSearch}
              onRun={() => search.run()}
              onDown={focusFirstResult}
              problem={search.results.problem}
              inputRef={searchBox}
            />
          </>
        )}
      </AppHeader>
      {info.status === 'ready' && <LibraryNoticeList atOpening={info.value.notices} />}
      <main>
        {openId !== null ? (
          <ReaderPage key={openId} id={openId} highlightId={openAt} settings={settings} onClose={close} onTrash={trashAndClose} />
        ) : view === 'highlights' ? (
          <HighlightsPage onOpen={open} onManageTags={manageTags} />
        ) : (
          <LibraryPage
            view={view}
            search={search}
            onSearchAll={() => changeView('all')}
            libraryIsEmpty={libraryIsEmpty}
            libraryPath={libraryPath}
            assetBaseUrl={info.status === 'ready' ? info.value.assetBaseUrl : null}
            focusId={returnTo}
            onOpen={open}
            onSave={openDialog}
            onManageTags={manageTags}
            actions={actions}
          />
        )}
      </main>
      <SaveDialog
        open={dialogOpen}
        onClose={closeDialog}
        onSaveAddress={(url) => capture.start({ kind: 'url', url })}
        onChooseFiles={capture.pickFiles}
      />
      <JobsPanel jobs={capture.jobs} onCancel={capture.cancel} onDismiss={capture.dismiss} onOpen={open} />
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      {managingTags ? (
        <ManageTagsDialog showUndo={actions.showUndo} onClose={() => setManagingTags(false)}>
          {toast}
        </ManageTagsDialog>
      ) : (
        toast
      )}
      {dragging && <DropOverlay />}
    </ImportProvider>
  );
}
