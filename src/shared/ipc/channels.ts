/**
 * The bridge's names, and nothing else: the preload builds `window.archive` from this list
 * without pulling the schemas (and zod) into its sandboxed bundle. `contract.ts` attaches a
 * schema pair to every name here, and the compiler refuses a name that is missing on either side.
 * A channel is called `domain:verb`, e.g. `articles:list`.
 */
export const channelNames = {
  library: ['info', 'chooseFolder', 'move', 'showInFolder', 'export'],
  articles: ['list', 'get', 'content', 'setState', 'trash', 'restore', 'emptyTrash', 'sites'],
  capture: ['start', 'cancel', 'jobs', 'pickFiles'],
  imports: ['pickFile', 'preview', 'start', 'progress', 'links', 'pause', 'resume', 'cancel', 'retryFailed'],
  settings: ['get', 'update'],
  tags: ['tree', 'apply', 'rename', 'merge', 'setColor', 'delete', 'undo'],
  annotations: ['forArticle', 'addHighlight', 'updateHighlight', 'deleteHighlight', 'restoreHighlight', 'setNote', 'list', 'export', 'saveExport'],
  search: ['query', 'saved', 'save', 'deleteSaved'],
  shell: ['openExternal'],
  clipboard: ['writeText'],
} as const;

/** Push events from main, exposed as `window.archive.onXxx(listener) => unsubscribe`. */
export const eventNames = {
  onArticlesChanged: 'articles:changed',
  onSettingsChanged: 'settings:changed',
  onTagsChanged: 'tags:changed',
  onAnnotationsChanged: 'annotations:changed',
  onSavedSearchesChanged: 'search:savedChanged',
  onLibraryNotice: 'library:notice',
  onCaptureProgress: 'capture:progress',
  onImportProgress: 'imports:progress',
  onMenuCommand: 'menu:command',
} as const;

export type ChannelNames = typeof channelNames;
export type Domain = keyof ChannelNames;
export type Verb<D extends Domain> = ChannelNames[D][number];
export type ChannelName = { [D in Domain]: `${D}:${Verb<D>}` }[Domain];
export type EventKey = keyof typeof eventNames;
export type EventName = (typeof eventNames)[EventKey];

export const channelName = <D extends Domain>(domain: D, verb: Verb<D>): ChannelName =>
  `${domain}:${verb}` as ChannelName;

/** Every channel as `[domain, verb, 'domain:verb']`, in declaration order. */
export function listChannels(): Array<{ domain: Domain; verb: string; channel: ChannelName }> {
  return (Object.keys(channelNames) as Domain[]).flatMap((domain) =>
    channelNames[domain].map((verb: string) => ({ domain, verb, channel: `${domain}:${verb}` as ChannelName })),
  );
}
