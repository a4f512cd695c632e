import { z } from 'zod';

export const ThemeSchema = z.enum(['system', 'light', 'sepia', 'dark']);
export type Theme = z.infer<typeof ThemeSchema>;

/** User preferences stored with the library, so a portable library carries them along. */
export const SettingsSchema = z.object({
  theme: ThemeSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { theme: 'system' };

export const SettingsPatchSchema = SettingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
