/**
 * The neutral shape every export file is read into. Reading never touches the library: whoever applies a batch
 * decides what is new, what is already saved, and which links still need their page fetched.
 */

/** The exports we read; `backup` is our own full backup, which the restore path handles. */
export const IMPORT_FORMATS = ['pocket-csv', 'pocket-html', 'instapaper', 'omnivore', 'wallabag', 'raindrop', 'readwise', 'netscape', 'backup'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Where an item or a problem came from: a CSV or HTML file's line (1-based), a JSON file's entry (0-based). */
export interface ImportOrigin {
  /** The file name, or the entry's path inside a ZIP. */
  file: string;
  line?: number;
  entry?: number;
}

export interface ImportHighlight {
  quote: string;
  note: string | null;
  /** ISO 8601 with offset, when the export says. */
  createdAt: string | null;
}

export interface ImportState {
  read: boolean;
  archived: boolean;
  starred: boolean;
}

export interface ImportItem {
  /** http(s), without fragment or tracking parameters: the key for "already in the library". */
  url: string;
  /** Empty when the export has none; the page's own title then wins when it is fetched. */
  title: string;
  /** Normalised like the library's tags: trimmed, valid, one of each whatever its case. */
  tags: string[];
  state: ImportState;
  /** How far the reader had got, 0..1. */
  readingProgress: number;
  /** ISO 8601 with offset; null when the export does not say. */
  savedAt: string | null;
  publishedAt: string | null;
  authors: string[];
  /** The service's description of the article. */
  excerpt: string | null;
  /** The user's own note on the whole article. */
  note: string | null;
  /** The article's HTML when the export includes it; not sanitized yet. Null means "fetch the page". */
  content: string | null;
  highlights: ImportHighlight[];
  origin: ImportOrigin;
}

export interface ImportProblem {
  file: string;
  /** The line (CSV, HTML) or, for JSON, undefined with `entry` set. */
  line?: number;
  entry?: number;
  message: string;
}

export interface ImportBatch {
  format: ImportFormat;
  /** The name of the file that was read (not its directory). */
  source: string;
  items: ImportItem[];
  /** Rows that could not become items, and items kept with something dropped (an invalid tag). */
  problems: ImportProblem[];
}
