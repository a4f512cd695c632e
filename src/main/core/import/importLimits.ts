/** How much an import may read. Exports are text: real ones stay far below these, bombs do not. */
export interface ImportLimits {
  /** One export file on disk, or one entry inside a ZIP, once inflated. */
  fileBytes: number;
  /** All entries of a ZIP together, once inflated. */
  totalBytes: number;
  entries: number;
  /** Inflated size over compressed size; text rarely passes 20, bombs reach thousands. */
  compressionRatio: number;
}

const MB = 1024 * 1024;

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  fileBytes: 256 * MB,
  totalBytes: 2048 * MB,
  entries: 200_000,
  compressionRatio: 200,
};

export const megabytes = (bytes: number): string => `${Math.round(bytes / MB)} MB`;
