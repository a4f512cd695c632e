import { useEffect } from 'react';
import type { Theme } from '../../../../shared/model/settings';

/**
 * Puts the chosen theme on <html data-theme>; the stylesheet maps it to colours, and `system`
 * (or no choice yet) follows prefers-color-scheme.
 */
export function useDocumentTheme(theme: Theme | undefined): void {
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme;
  }, [theme]);
}
