/** Whether this is a Mac, where app shortcuts use ⌘ rather than Ctrl. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A Ctrl/⌘ + key shortcut: how to match it, how to show it, and how to announce it (aria-keyshortcuts). */
export interface Shortcut {
  /** Takes a DOM or a React keyboard event. */
  matches: (event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>) => boolean;
  label: string;
  aria: string;
}

export function commandShortcut(key: string): Shortcut {
  const upper = key.toUpperCase();
  return {
    matches: (event) =>
      event.key.toLowerCase() === key.toLowerCase() && (isMac ? event.metaKey : event.ctrlKey) && !event.altKey && !event.shiftKey,
    label: isMac ? `⌘${upper}` : `Ctrl+${upper}`,
    aria: isMac ? `Meta+${upper}` : `Control+${upper}`,
  };
}

/** Opens the Save dialog. */
export const SAVE_SHORTCUT = commandShortcut('s');
