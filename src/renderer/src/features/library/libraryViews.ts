import type { LibraryView } from '../../../../shared/model/articleQuery';

export interface LibraryViewInfo {
  view: LibraryView;
  label: string;
  /** What an empty view says, so an empty list never looks like a failure. */
  whenEmpty: string;
}

/** The views of the library, in the order the navigation shows them. */
export const libraryViews: readonly LibraryViewInfo[] = [
  { view: 'unread', label: 'Unread', whenEmpty: 'You have read everything you saved.' },
  { view: 'all', label: 'All', whenEmpty: 'No articles here yet.' },
  { view: 'starred', label: 'Starred', whenEmpty: 'Starred articles will be gathered here.' },
  { view: 'archive', label: 'Archive', whenEmpty: 'Articles you archive are kept here, out of the way.' },
  { view: 'trash', label: 'Trash', whenEmpty: 'The trash is empty.' },
];

export function libraryViewInfo(view: LibraryView): LibraryViewInfo {
  return libraryViews.find((info) => info.view === view) ?? libraryViews[0]!;
}
