import type { Article, ArticleId, ArticleStatePatch } from '../../../../shared/model/article';

export type ArticleAction = 'read' | 'unread' | 'star' | 'unstar' | 'archive' | 'unarchive' | 'trash' | 'restore';

/** One call to the library: a state patch over some articles, or a move into or out of the Trash. */
export type Change = { ids: ArticleId[] } & ({ kind: 'state'; patch: ArticleStatePatch } | { kind: 'trash' } | { kind: 'restore' });

export interface Plan {
  apply: Change[];
  /** What puts every touched article back exactly as it was. */
  undo: Change[];
  /** What happened, for the toast: "3 articles archived". */
  done: string;
}

type Flag = 'read' | 'starred' | 'archived';
const flags: Record<Exclude<ArticleAction, 'trash' | 'restore'>, [Flag, boolean, string]> = {
  read: ['read', true, 'marked read'],
  unread: ['read', false, 'marked unread'],
  star: ['starred', true, 'starred'],
  unstar: ['starred', false, 'unstarred'],
  archive: ['archived', true, 'archived'],
  unarchive: ['archived', false, 'moved out of the Archive'],
};

export const countArticles = (n: number) => (n === 1 ? '1 article' : `${n.toLocaleString()} articles`);

/**
 * What an action does to these articles and how to take it back. Only the articles it changes are
 * touched, so undoing gives each its own previous value: starring a mix of starred and unstarred
 * articles, then undoing, unstars only those that were not starred before.
 */
export function planAction(action: ArticleAction, articles: readonly Article[]): Plan {
  if (action === 'trash' || action === 'restore') {
    const inTrash = action === 'restore';
    const ids = articles.filter((article) => (article.trashedAt !== null) === inTrash).map((article) => article.id);
    return {
      apply: [{ kind: action, ids }],
      undo: [{ kind: inTrash ? 'trash' : 'restore', ids }],
      done: `${countArticles(ids.length)} ${inTrash ? 'restored' : 'moved to the Trash'}`,
    };
  }
  const [flag, value, verb] = flags[action];
  const ids = articles.filter((article) => article[flag] !== value).map((article) => article.id);
  return {
    apply: [{ kind: 'state', ids, patch: { [flag]: value } }],
    undo: [{ kind: 'state', ids, patch: { [flag]: !value } }],
    done: `${countArticles(ids.length)} ${verb}`,
  };
}

/** A key like `s` stars, unless every article it acts on is starred already: then it unstars. */
export function toggleAction(flag: Flag, articles: readonly Article[]): ArticleAction {
  const allSet = articles.length > 0 && articles.every((article) => article[flag]);
  const [on, off]: [ArticleAction, ArticleAction] =
    flag === 'read' ? ['read', 'unread'] : flag === 'starred' ? ['star', 'unstar'] : ['archive', 'unarchive'];
  return allSet ? off : on;
}
