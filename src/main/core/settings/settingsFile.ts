import { z } from 'zod';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../shared/model/settings';
import type { RecordKind } from '../store/recordKind';

/** records/settings.json */
export const SettingsFileSchema = z.object({
  schemaVersion: z.number().int().nonnegative(),
  settings: SettingsSchema,
});
export type SettingsFile = z.infer<typeof SettingsFileSchema>;

export function settingsKind(schemaVersion: number): RecordKind<SettingsFile> {
  return { name: 'settings', schema: SettingsFileSchema, empty: () => ({ schemaVersion, settings: { ...DEFAULT_SETTINGS } }) };
}
