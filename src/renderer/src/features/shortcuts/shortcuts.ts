import { isMac } from '../../lib/shortcut';

/**
 * Every keyboard shortcut of the app, declared once: the key handler (useShortcuts) and the help
 * overlay (`?`) both read this list, so what the overlay shows is what the keys do.
 */
export const SHORTCUTS = [
  { id: 'next', keys: ['j'], where: 'library', does: 'Next article' },
  { id: 'previous', keys: ['k'], where: 'library', does: 'Previous article' },
  { id: 'open', keys: ['Enter'], where: 'library', does: 'Open the article' },
  { id: 'selectAll', keys: ['Mod+a'], where: 'library', does: 'Select every article in the view' },
  { id: 'back', keys: ['Escape'], where: 'reader', does: 'Back to the library' },
  { id: 'star', keys: ['s'], where: 'both', does: 'Star or unstar' },
  { id: 'archive', keys: ['e'], where: 'both', does: 'Archive or unarchive' },
  { id: 'delete', keys: ['#', 'Delete'], where: 'both', does: 'Move to the Trash' },
  { id: 'toggleRead', keys: ['m'], where: 'both', does: 'Mark read or unread' },
  { id: 'tags', keys: ['t'], where: 'both', does: 'Edit tags' },
  { id: 'openOriginal', keys: ['o'], where: 'both', does: 'Open the original in your browser' },
  { id: 'fontBigger', keys: ['+', '='], where: 'reader', does: 'Larger text' },
  { id: 'fontSmaller', keys: ['-'], where: 'reader', does: 'Smaller text' },
  { id: 'highlight', keys: ['h'], where: 'reader', does: 'Highlight the selected text' },
  { id: 'notes', keys: ['n'], where: 'reader', does: 'Show or hide highlights and notes' },
  { id: 'search', keys: ['/'], where: 'both', does: 'Search the library' },
  { id: 'save', keys: ['Mod+s'], where: 'both', does: 'Save an article' },
  { id: 'help', keys: ['?'], where: 'both', does: 'Show these shortcuts' },
] as const satisfies readonly ShortcutSpec[];

export interface ShortcutSpec {
  id: string;
  /** `event.key` values; `Mod+` is ⌘ on a Mac and Ctrl elsewhere. */
  keys: readonly string[];
  where: 'library' | 'reader' | 'both';
  does: string;
}

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];
export type ShortcutPlace = ShortcutSpec['where'];

type KeyEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/** Whether the event is this key: plain keys take no Ctrl, ⌘ or Alt (Shift is part of `?`, `#`, `+`). */
export function keyMatches(key: string, event: KeyEvent): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (key.startsWith('Mod+')) return mod && !event.altKey && event.key.toLowerCase() === key.slice(4).toLowerCase();
  return !event.ctrlKey && !event.metaKey && !event.altKey && event.key === key;
}

/** Whether the event is one of the keys of a shortcut that works in `place` (or everywhere). */
export function isShortcutOf(place: Exclude<ShortcutPlace, 'both'>, event: KeyEvent): boolean {
  return SHORTCUTS.some(({ where, keys }) => (where === place || where === 'both') && keys.some((key) => keyMatches(key, event)));
}

/** How a key is written for people: `⌘A` or `Ctrl+A`, `Esc`, `Delete`, `j`. */
export function keyLabel(key: string): string {
  if (key.startsWith('Mod+')) return `${isMac ? '⌘' : 'Ctrl+'}${key.slice(4).toUpperCase()}`;
  return key === 'Escape' ? 'Esc' : key;
}
