import type { ReactNode } from 'react';
import './AppHeader.css';

interface AppHeaderProps {
  /** What the page puts beside the name (the library's views). */
  children?: ReactNode;
  /** The app-wide actions at the far end (Save, Settings). */
  tools: ReactNode;
}

/** The bar at the top of every page: the app's name, the page's own controls, then the app's tools. */
export function AppHeader({ children, tools }: AppHeaderProps) {
  return (
    <header className="app-header">
      <p className="app-header__name">News Archive</p>
      {children}
      <div className="app-header__tools">{tools}</div>
    </header>
  );
}
