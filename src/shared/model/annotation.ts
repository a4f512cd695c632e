import { z } from 'zod';
import { ArticleIdSchema } from './article';
import { IsoDateSchema } from './isoDate';
import { TAG_NAME_MAX } from './tag';

/** Five colours, each mapped by the UI to shades that stay legible in every theme. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export const HighlightColorSchema = z.enum(HIGHLIGHT_COLORS);
export type HighlightColor = z.infer<typeof HighlightColorSchema>;

/** How much text a highlight may cover, and how long a note may be. */
export const QUOTE_MAX = 100_000;
export const NOTE_MAX = 50_000;
/** Characters of context kept on each side of a quote. */
export const QUOTE_CONTEXT = 32;

export const HighlightIdSchema = z.uuid();
export type HighlightId = z.infer<typeof HighlightIdSchema>;

/** W3C Web Annotation TextQuoteSelector: the exact words, with the text just before and after them. */
export const TextQuoteSelectorSchema = z
  .object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1).max(QUOTE_MAX),
    prefix: z.string().max(QUOTE_CONTEXT * 4),
    suffix: z.string().max(QUOTE_CONTEXT * 4),
  })
  .strict();
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

/** W3C Web Annotation TextPositionSelector: [start, end) in the article's normalised plain text. */
export const TextPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .strict()
  .refine((position) => position.end > position.start, 'a text position must end after it starts');
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

/**
 * Where a highlight sits: both selectors, and the hash of the normalised text the position counts
 * in (`sha256:` and 64 hex digits), so a position is only trusted over the very same text.
 */
export const HighlightTargetSchema = z
  .object({
    quote: TextQuoteSelectorSchema,
    position: TextPositionSelectorSchema,
    textHash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'not a text hash'),
  })
  .strict();
export type HighlightTarget = z.infer<typeof HighlightTargetSchema>;

/** A note is plain text, shown with Markdown rendering. */
export const NoteTextSchema = z.string().max(NOTE_MAX);

export const HighlightSchema = z
  .object({
    id: HighlightIdSchema,
    articleId: ArticleIdSchema,
    color: HighlightColorSchema,
    /** Empty when the highlight has no note. */
    note: NoteTextSchema,
    target: HighlightTargetSchema,
    createdAt: IsoDateSchema,
    modifiedAt: IsoDateSchema,
  })
  .strict();
export type Highlight = z.infer<typeof HighlightSchema>;

/** The article-level note: thoughts about the story as a whole. */
export const ArticleNoteSchema = z
  .object({
    articleId: ArticleIdSchema,
    text: NoteTextSchema,
    modifiedAt: IsoDateSchema,
  })
  .strict();
export type ArticleNote = z.infer<typeof ArticleNoteSchema>;

/** Everything annotated on one article: highlights in the order they were made, and its note if any. */
export const ArticleAnnotationsSchema = z.object({
  articleId: ArticleIdSchema,
  highlights: z.array(HighlightSchema),
  note: ArticleNoteSchema.nullable(),
});
export type ArticleAnnotations = z.infer<typeof ArticleAnnotationsSchema>;

export const NewHighlightSchema = z
  .object({
    articleId: ArticleIdSchema,
    color: HighlightColorSchema,
    note: NoteTextSchema.default(''),
    target: HighlightTargetSchema,
  })
  .strict();
export type NewHighlight = z.input<typeof NewHighlightSchema>;

/** A change to a highlight: its colour, its note, or (re-attaching an orphan) its target. */
export const HighlightPatchSchema = z
  .object({
    color: HighlightColorSchema.optional(),
    note: NoteTextSchema.optional(),
    target: HighlightTargetSchema.optional(),
  })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'a change needs a colour, a note or a target');
export type HighlightPatch = z.infer<typeof HighlightPatchSchema>;

/** The Highlights view's filters; highlights of articles in the Trash are left out. */
export const HighlightQuerySchema = z
  .object({
    colors: z.array(HighlightColorSchema).max(HIGHLIGHT_COLORS.length).default([]),
    /** Articles carrying any of these tags; a parent tag includes its children. */
    tags: z.array(z.string().max(TAG_NAME_MAX).trim()).max(50).default([]),
    site: z.string().max(300).optional(),
    offset: z.number().int().nonnegative().default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type HighlightQuery = z.input<typeof HighlightQuerySchema>;
export type ResolvedHighlightQuery = z.output<typeof HighlightQuerySchema>;

/** A highlight in the Highlights view, with what the row shows of its article. */
export const HighlightListItemSchema = z.object({
  highlight: HighlightSchema,
  article: z.object({
    id: ArticleIdSchema,
    title: z.string(),
    siteName: z.string().nullable(),
    url: z.string().nullable(),
    tags: z.array(z.string()),
  }),
});
export type HighlightListItem = z.infer<typeof HighlightListItemSchema>;

export const HighlightPageSchema = z.object({
  /** Newest first. */
  items: z.array(HighlightListItemSchema),
  total: z.number().int().nonnegative(),
});
export type HighlightPage = z.infer<typeof HighlightPageSchema>;

/** `markdown`: quotes with notes under front matter; `json`: our records; `jsonld`: W3C Web Annotations. */
export const AnnotationExportFormatSchema = z.enum(['markdown', 'json', 'jsonld']);
export type AnnotationExportFormat = z.infer<typeof AnnotationExportFormatSchema>;

export const AnnotationExportSchema = z.object({
  text: z.string(),
  /** A file name to suggest when saving, e.g. `trump-putin-call-highlights.md`. */
  fileName: z.string(),
  mimeType: z.string(),
});
export type AnnotationExport = z.infer<typeof AnnotationExportSchema>;
