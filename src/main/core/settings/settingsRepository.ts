import type { Low } from 'lowdb';
import { AppError } from '../../../shared/ipc/result';
import { SettingsSchema, type Settings } from '../../../shared/model/settings';
import type { SettingsRepository } from '../library/library';
import { persist } from '../store/persist';
import type { SettingsFile } from './settingsFile';

export function createSettingsRepository(db: Low<SettingsFile>, emit: (settings: Settings) => void): SettingsRepository {
  return {
    get: () => db.data.settings,
    async update(patch) {
      const next = SettingsSchema.safeParse({ ...db.data.settings, ...patch });
      if (!next.success) throw new AppError('invalid-input', 'Those settings are not valid.');
      db.data.settings = next.data;
      await persist([db]);
      emit(next.data);
      return next.data;
    },
  };
}
