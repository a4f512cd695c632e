import type { Article } from '../../../../shared/model/article';
import type { LibraryView } from '../../../../shared/model/articleQuery';
import { useShortcuts } from '../shortcuts/useShortcuts';
import { toggleAction, type ArticleAction } from './articleActions';

/** "o" on a large selection opens this many pages at most, not a browser window per article. */
const MAX_ORIGINALS = 10;

interface ListKeys {
  view: LibraryView;
  /** Off while a dialog of the list is open. */
  enabled: boolean;
  total: number;
  focused: number | null;
  moveFocus: (index: number) => void;
  openFocused: () => void;
  selectAll: () => void;
  /** The articles a key acts on: the selection if any, else the focused row. */
  targets: () => Promise<Article[]>;
  act: (action: ArticleAction, articles: Article[]) => void;
  editTags: (articles: Article[]) => void;
  openOriginal: (url: string) => void;
}

/** The list's keyboard: j/k move, Enter opens, and s, e, #, m, t, o act, as declared in shortcuts.ts. */
export function useListKeys({ view, enabled, total, focused, moveFocus, openFocused, selectAll, targets, act, editTags, openOriginal }: ListKeys): void {
  // Keys pressed in another dialog (Save, shortcuts help) are not meant for the list behind it.
  const forList = (handle: () => void) => () => void (document.activeElement?.closest('dialog') ? undefined : handle());
  const withTargets = (use: (articles: Article[]) => void) => forList(() => void targets().then((articles) => articles.length > 0 && use(articles)));
  useShortcuts(
    enabled && total > 0
      ? {
          next: forList(() => moveFocus(focused === null ? 0 : Math.min(total - 1, focused + 1))),
          previous: forList(() => moveFocus(focused === null ? 0 : Math.max(0, focused - 1))),
          open: () => {
            // Enter still presses the button or follows the link that has the focus outside the rows.
            const active = document.activeElement;
            const control = active instanceof HTMLButtonElement || active instanceof HTMLAnchorElement;
            if (control && !active.classList.contains('article-row__open')) active.click();
            else if (!active?.closest('dialog')) openFocused();
          },
          selectAll: forList(selectAll),
          star: withTargets((articles) => act(toggleAction('starred', articles), articles)),
          archive: withTargets((articles) => view !== 'trash' && act(toggleAction('archived', articles), articles)),
          toggleRead: withTargets((articles) => act(toggleAction('read', articles), articles)),
          delete: withTargets((articles) => view !== 'trash' && act('trash', articles)),
          tags: withTargets((articles) => view !== 'trash' && editTags(articles)),
          openOriginal: withTargets((articles) =>
            articles
              .flatMap((article) => (article.url ? [article.url] : []))
              .slice(0, MAX_ORIGINALS)
              .forEach(openOriginal),
          ),
        }
      : {},
  );
}
