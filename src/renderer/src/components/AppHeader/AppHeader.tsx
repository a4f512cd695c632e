import type { ReactNode } from 'react';
import './AppHeader.css';

/** The bar at the top of every page: the app's name, then whatever the page puts there. */
export function AppHeader({ children }: { children: ReactNode }) {
  return (
    <header className="app-header">
      <p className="app-header__name">News Archive</p>
      {children}
    </header>
  );
}
