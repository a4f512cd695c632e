import { useCallback, useEffect } from 'react';
import type { Result } from '../../../../shared/ipc/result';
import type { Settings, SettingsPatch } from '../../../../shared/model/settings';
import { useApi } from '../../lib/api';
import { useBridgeQuery, type Query } from '../../lib/useBridgeQuery';

export type SettingsQuery = Query<Settings> & { update: (patch: SettingsPatch) => Promise<Result<Settings>> };

/** The library's settings, kept in step with changes made elsewhere (another window, the CLI). */
export function useSettings(): SettingsQuery {
  const api = useApi();
  const query = useBridgeQuery(useCallback(() => api.settings.get(), [api]));
  const { reload } = query;
  useEffect(() => api.onSettingsChanged(reload), [api, reload]);
  const update = useCallback(
    async (patch: SettingsPatch) => {
      const result = await api.settings.update(patch);
      if (result.ok) reload();
      return result;
    },
    [api, reload],
  );
  return { ...query, update };
}
