import { z } from 'zod';

export const ThemeSchema = z.enum(['system', 'light', 'sepia', 'dark']);
export type Theme = z.infer<typeof ThemeSchema>;

/** User preferences stored with the library, so a portable library carries them along. */
export const SettingsSchema = z.object({
  theme: ThemeSchema,
  /** Whether saving may fetch from this computer or the local network (refused by default: see DESIGN.md). */
  allowLocalNetwork: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { theme: 'system', allowLocalNetwork: false };

export const SettingsPatchSchema = SettingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
