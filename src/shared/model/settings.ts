import { z } from 'zod';

export const ThemeSchema = z.enum(['system', 'light', 'sepia', 'dark']);
export type Theme = z.infer<typeof ThemeSchema>;

export const ReaderFontSchema = z.enum(['serif', 'sans', 'dyslexic']);
export type ReaderFont = z.infer<typeof ReaderFontSchema>;

export const ContentWidthSchema = z.enum(['narrow', 'medium', 'wide']);
export type ContentWidth = z.infer<typeof ContentWidthSchema>;

export const FONT_SIZE = { min: 14, max: 28, step: 1 } as const;
export const LINE_HEIGHT = { min: 1.3, max: 2, step: 0.1 } as const;
/** How often the records are backed up while the library is open, in hours (a week at most). */
export const BACKUP_HOURS = { min: 1, max: 168 } as const;
/** How many of those backups are kept, the newest. */
export const BACKUP_COPIES = { min: 1, max: 100 } as const;

const fields = {
  theme: ThemeSchema,
  /** Whether saving may fetch from this computer or the local network (refused by default: see DESIGN.md). */
  allowLocalNetwork: z.boolean(),
  readerFont: ReaderFontSchema,
  /** The article's text size, in CSS pixels. */
  fontSize: z.number().int().min(FONT_SIZE.min).max(FONT_SIZE.max),
  lineHeight: z.number().min(LINE_HEIGHT.min).max(LINE_HEIGHT.max),
  contentWidth: ContentWidthSchema,
  backupEveryHours: z.number().int().min(BACKUP_HOURS.min).max(BACKUP_HOURS.max),
  backupsKept: z.number().int().min(BACKUP_COPIES.min).max(BACKUP_COPIES.max),
  /** Whether the person closed the welcome of an empty library, so it does not come back. */
  welcomeDismissed: z.boolean(),
};

export type Settings = { [K in keyof typeof fields]: z.infer<(typeof fields)[K]> };

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  allowLocalNetwork: false,
  readerFont: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  contentWidth: 'medium',
  backupEveryHours: 12,
  backupsKept: 5,
  welcomeDismissed: false,
};

/**
 * User preferences stored with the library, so a portable library carries them along. A setting
 * missing from the file (one added by a later version of the app) takes its default.
 */
export const SettingsSchema = z.object({
  theme: fields.theme.default(DEFAULT_SETTINGS.theme),
  allowLocalNetwork: fields.allowLocalNetwork.default(DEFAULT_SETTINGS.allowLocalNetwork),
  readerFont: fields.readerFont.default(DEFAULT_SETTINGS.readerFont),
  fontSize: fields.fontSize.default(DEFAULT_SETTINGS.fontSize),
  lineHeight: fields.lineHeight.default(DEFAULT_SETTINGS.lineHeight),
  contentWidth: fields.contentWidth.default(DEFAULT_SETTINGS.contentWidth),
  backupEveryHours: fields.backupEveryHours.default(DEFAULT_SETTINGS.backupEveryHours),
  backupsKept: fields.backupsKept.default(DEFAULT_SETTINGS.backupsKept),
  welcomeDismissed: fields.welcomeDismissed.default(DEFAULT_SETTINGS.welcomeDismissed),
}) satisfies z.ZodType<Settings>;

/** A change to some settings: only what it names changes (no defaults filled in). */
export const SettingsPatchSchema = z.object(fields).partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
