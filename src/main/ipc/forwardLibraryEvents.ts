import { eventNames, type EventName } from '../../shared/ipc/channels';
import type { Library, LibraryEvents } from '../core/library/library';

/** Which contract event carries each library event to the renderer. */
const EVENT_FOR = {
  articlesChanged: eventNames.onArticlesChanged,
  settingsChanged: eventNames.onSettingsChanged,
  tagsChanged: eventNames.onTagsChanged,
  annotationsChanged: eventNames.onAnnotationsChanged,
  savedSearchesChanged: eventNames.onSavedSearchesChanged,
  notice: eventNames.onLibraryNotice,
} as const satisfies { [E in keyof LibraryEvents]: EventName };

/** Sends every library event on to the renderer, for as long as the library is open. */
export function forwardLibraryEvents(library: Pick<Library, 'on'>, send: (event: EventName, payload: unknown) => void): void {
  for (const name of Object.keys(EVENT_FOR) as Array<keyof LibraryEvents>) {
    library.on(name, (payload) => send(EVENT_FOR[name], payload));
  }
}
