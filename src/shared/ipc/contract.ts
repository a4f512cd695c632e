import { z } from 'zod';
import { ArticleContentSchema, ArticleIdSchema, ArticleSchema, ArticleStatePatchSchema } from '../model/article';
import {
  AnnotationExportFormatSchema,
  AnnotationExportSchema,
  ArticleAnnotationsSchema,
  ArticleNoteSchema,
  HighlightIdSchema,
  HighlightPageSchema,
  HighlightPatchSchema,
  HighlightQuerySchema,
  HighlightSchema,
  NewHighlightSchema,
  NoteTextSchema,
} from '../model/annotation';
import { ArticlePageSchema, ArticleQuerySchema } from '../model/articleQuery';
import { CaptureInputSchema, CaptureJobSchema } from '../model/capture';
import { ImportFormatSchema, ImportLinkSchema, ImportPreviewSchema, ImportProgressSchema, ImportResultSchema } from '../model/import';
import { LibraryExportFormatSchema } from '../model/libraryExport';
import { LibraryInfoSchema, LibraryNoticeSchema } from '../model/libraryInfo';
import { MenuCommandSchema } from './menuCommand';
import { NewSavedSearchSchema, SavedSearchSchema, SearchPageSchema, SearchRequestSchema } from '../model/search';
import { SettingsPatchSchema, SettingsSchema } from '../model/settings';
import { TagChangeSchema, TagColorSchema, TagEditSchema, TagNameSchema, TagNodeSchema } from '../model/tag';
import type { ChannelNames, Domain, EventKey, Verb } from './channels';
import type { Result } from './result';

/**
 * The contract between the renderer and main: for every channel in `channels.ts`, the schema of
 * what the renderer sends and of what main answers. Main parses every input with it (inputs are
 * `unknown` until then); the types below are derived from it for the preload, handlers and UI.
 */
interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}
const spec = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

const ById = z.object({ id: ArticleIdSchema }).strict();
const NoInput = z.undefined();
const NoOutput = z.null();
const ByIds = z.object({ ids: z.array(ArticleIdSchema).min(1).max(100_000) }).strict();
const Updated = z.object({ updated: z.number().int().nonnegative() });
/** An export file to import, by its path (from imports.pickFile), and its format when the user names it. */
const ImportFile = z.object({ path: z.string().min(1).max(4096), format: ImportFormatSchema.optional() }).strict();

export const contract = {
  library: {
    info: spec(NoInput, LibraryInfoSchema),
    /** The desktop's folder dialog, for where to move the library; null when the person cancelled. */
    chooseFolder: spec(NoInput, z.object({ path: z.string() }).nullable()),
    /**
     * Copies the library to a new or empty folder, checks the copy and switches to it; the old folder is
     * left as it was. Refused ('invalid-destination', 'library-locked', 'move-failed') with the library unmoved.
     */
    move: spec(z.object({ to: z.string().min(1).max(4096) }).strict(), z.object({ path: z.string(), previous: z.string() })),
    /** Shows the library folder in the system's file manager. */
    showInFolder: spec(NoInput, NoOutput),
    /**
     * Asks where (the save dialog: a new file, or a new folder for markdown and html) and exports the library
     * there, or only one tag's articles; null when the person cancelled. An existing target is refused.
     */
    export: spec(
      z.object({ format: LibraryExportFormatSchema, tag: TagNameSchema.optional() }).strict(),
      z.object({ path: z.string(), articles: z.number().int().nonnegative(), images: z.number().int().nonnegative() }).nullable(),
    ),
  },
  articles: {
    list: spec(
      ArticleQuerySchema,
      ArticlePageSchema.extend({
        /** How many highlights each listed article has, for those that have any. */
        highlightCounts: z.record(z.string(), z.number().int().positive()),
      }),
    ),
    get: spec(ById, ArticleSchema),
    content: spec(ById, ArticleContentSchema),
    setState: spec(ByIds.extend({ patch: ArticleStatePatchSchema }).strict(), Updated),
    /** Moves articles to the Trash (nothing leaves the disk until the Trash is emptied). */
    trash: spec(ByIds, Updated),
    /** Takes articles out of the Trash, back where they were. */
    restore: spec(ByIds, Updated),
    /** Deletes every article in the Trash from the disk, records and files. */
    emptyTrash: spec(NoInput, z.object({ deleted: z.number().int().nonnegative() })),
    /** Every site in the library with how many articles it has, for the site filter. */
    sites: spec(NoInput, z.array(z.object({ siteName: z.string(), count: z.number().int().positive() }))),
  },
  capture: {
    start: spec(
      z.object({ input: CaptureInputSchema, tags: z.array(TagNameSchema).max(50).optional() }).strict(),
      CaptureJobSchema,
    ),
    cancel: spec(z.object({ jobId: z.string().max(100) }).strict(), NoOutput),
    jobs: spec(NoInput, z.array(CaptureJobSchema)),
    /** The desktop app's file picker (saved pages, folders, text files); each chosen item becomes a job. */
    pickFiles: spec(NoInput, z.array(CaptureJobSchema)),
  },
  imports: {
    /** The desktop app's open dialog for an export file; null when the person cancelled. */
    pickFile: spec(NoInput, z.object({ path: z.string() }).nullable()),
    /** What importing the file would do (new, already there, invalid rows with file and line); changes nothing. */
    preview: spec(ImportFile, ImportPreviewSchema),
    /** Imports the file; answers once its articles are in the library, while their pages are fetched in the background (unless `fetch` is false). */
    start: spec(ImportFile.extend({ fetch: z.boolean() }).strict(), ImportResultSchema),
    /** The background fetch queue's counts and estimate (also pushed by onImportProgress). */
    progress: spec(NoInput, ImportProgressSchema),
    /** Imported articles still only links: pending, or failed with why. */
    links: spec(NoInput, z.array(ImportLinkSchema)),
    pause: spec(NoInput, ImportProgressSchema),
    resume: spec(NoInput, ImportProgressSchema),
    /** Stops fetching; the links not fetched are kept as failed ("cancelled"), to retry. */
    cancel: spec(NoInput, ImportProgressSchema),
    /** Fetches failed links again: those named, or all. */
    retryFailed: spec(z.object({ articleIds: z.array(ArticleIdSchema).min(1).max(100_000).optional() }).strict(), ImportProgressSchema),
  },
  settings: {
    get: spec(NoInput, SettingsSchema),
    update: spec(SettingsPatchSchema, SettingsSchema),
  },
  tags: {
    tree: spec(NoInput, z.array(TagNodeSchema)),
    /** Adds and removes tags on articles; a name not yet in the library makes a new tag. */
    apply: spec(ByIds.extend({ edit: TagEditSchema }).strict(), TagChangeSchema),
    /** Renames a tag and its children; refused when the new name is another tag's (that is a merge). */
    rename: spec(z.object({ name: TagNameSchema, newName: TagNameSchema }).strict(), TagChangeSchema),
    merge: spec(z.object({ from: TagNameSchema, into: TagNameSchema }).strict(), TagChangeSchema),
    setColor: spec(z.object({ name: TagNameSchema, color: TagColorSchema.nullable() }).strict(), TagChangeSchema),
    /** Takes a tag off every article (the articles stay); its children remain. */
    delete: spec(z.object({ name: TagNameSchema }).strict(), TagChangeSchema),
    /** Reverses one tag action, given the token it answered with. */
    undo: spec(z.object({ token: z.string().max(100) }).strict(), Updated),
  },
  annotations: {
    /** One article's highlights (in the order they were made) and its note. */
    forArticle: spec(ById, ArticleAnnotationsSchema),
    addHighlight: spec(NewHighlightSchema, HighlightSchema),
    updateHighlight: spec(z.object({ id: HighlightIdSchema, patch: HighlightPatchSchema }).strict(), HighlightSchema),
    /** Answers with the deleted highlight, which `restoreHighlight` puts back as it was (Undo). */
    deleteHighlight: spec(z.object({ id: HighlightIdSchema }).strict(), HighlightSchema),
    restoreHighlight: spec(HighlightSchema, HighlightSchema),
    /** Sets the article-level note; an empty text removes it. */
    setNote: spec(z.object({ articleId: ArticleIdSchema, text: NoteTextSchema }).strict(), ArticleNoteSchema.nullable()),
    /** The Highlights view: every highlight outside the Trash, newest first, filtered. */
    list: spec(HighlightQuerySchema, HighlightPageSchema),
    /** One article's highlights and notes as text, or every article's when no id is given. */
    export: spec(
      z.object({ articleId: ArticleIdSchema.optional(), format: AnnotationExportFormatSchema }).strict(),
      AnnotationExportSchema,
    ),
    /** Asks where to save the export (the desktop's save dialog) and writes it; null when the person cancelled. */
    saveExport: spec(
      z.object({ articleId: ArticleIdSchema.optional(), format: AnnotationExportFormatSchema }).strict(),
      z.object({ path: z.string() }).nullable(),
    ),
  },
  search: {
    /** Searches the library; a query that does not parse is refused with 'invalid-query' and a message saying why. */
    query: spec(SearchRequestSchema, SearchPageSchema),
    saved: spec(NoInput, z.array(SavedSearchSchema)),
    /** Keeps a search under a name, for the sidebar; a name already in use is refused. */
    save: spec(NewSavedSearchSchema.strict(), SavedSearchSchema),
    deleteSaved: spec(z.object({ id: z.uuid() }).strict(), NoOutput),
  },
  shell: {
    openExternal: spec(z.object({ url: z.string().max(8192) }).strict(), NoOutput),
  },
  clipboard: {
    writeText: spec(z.object({ text: z.string().max(10_000_000) }).strict(), NoOutput),
  },
} as const satisfies { [D in Domain]: { [V in Verb<D>]: ChannelSpec } };

export const ArticlesChangedSchema = z.object({
  ids: z.array(ArticleIdSchema),
  reason: z.enum(['created', 'updated', 'removed']),
});
export type ArticlesChanged = z.infer<typeof ArticlesChangedSchema>;

export const eventContract = {
  onArticlesChanged: ArticlesChangedSchema,
  onSettingsChanged: SettingsSchema,
  /** The tags changed: the tree is worth reloading (articles changed report through onArticlesChanged). */
  onTagsChanged: z.null(),
  /** Highlights or notes of these articles changed. */
  onAnnotationsChanged: z.object({ articleIds: z.array(ArticleIdSchema) }),
  onSavedSearchesChanged: z.null(),
  onLibraryNotice: LibraryNoticeSchema,
  onCaptureProgress: CaptureJobSchema,
  onImportProgress: ImportProgressSchema,
  /** A menu item was chosen (see menuCommand.ts). */
  onMenuCommand: MenuCommandSchema,
} as const satisfies { [E in EventKey]: z.ZodType };

type Contract = typeof contract;
type Spec<D extends Domain, V extends Verb<D>> = Contract[D][V & keyof Contract[D]] extends infer S extends ChannelSpec
  ? S
  : never;

/** What the caller sends (defaults not yet applied). */
export type InputOf<D extends Domain, V extends Verb<D>> = z.input<Spec<D, V>['input']>;
/** What a handler receives: the parsed input, defaults applied. */
export type ParsedInputOf<D extends Domain, V extends Verb<D>> = z.output<Spec<D, V>['input']>;
export type OutputOf<D extends Domain, V extends Verb<D>> = z.output<Spec<D, V>['output']>;
export type EventPayload<E extends EventKey> = z.output<(typeof eventContract)[E]>;

type Method<D extends Domain, V extends Verb<D>> = [InputOf<D, V>] extends [undefined]
  ? () => Promise<Result<OutputOf<D, V>>>
  : (input: InputOf<D, V>) => Promise<Result<OutputOf<D, V>>>;

export type Unsubscribe = () => void;

/** `window.archive`: one function per channel, grouped by domain, plus one subscription per event. */
export type Api = { [D in Domain]: { [V in Verb<D>]: Method<D, V> } } & {
  [E in EventKey]: (listener: (payload: EventPayload<E>) => void) => Unsubscribe;
};

/** What main implements: one function per channel, receiving parsed input. Errors are thrown as `AppError`. */
export type Handlers = {
  [D in Domain]: { [V in Verb<D>]: (input: ParsedInputOf<D, V>) => Promise<OutputOf<D, V>> };
};

export type { ChannelNames };
