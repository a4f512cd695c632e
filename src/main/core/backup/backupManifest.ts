import { z } from 'zod';
import { IsoDateSchema } from '../../../shared/model/isoDate';

export const BACKUP_FORMAT = 'news-archive-backup';
/** Raised only when a restore by an older app would get the backup wrong; such an app then refuses it. */
export const BACKUP_FORMAT_VERSION = 1;
/** The manifest's name at the ZIP's root (no library file is named so there). */
export const MANIFEST_ENTRY = 'manifest.json';

export const BackupFileSchema = z.object({
  /** Relative to the library folder, with `/` between folders. */
  path: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupFile = z.infer<typeof BackupFileSchema>;

/** manifest.json: what a full backup holds, each file with its size and checksum, and what made it. */
export const BackupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  createdAt: IsoDateSchema,
  appVersion: z.string(),
  /** The library format of the records inside. */
  schemaVersion: z.number().int().nonnegative(),
  files: z.array(BackupFileSchema),
});
export type BackupManifest = z.infer<typeof BackupManifestSchema>;
