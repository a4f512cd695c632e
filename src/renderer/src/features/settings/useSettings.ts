import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Result } from '../../../../shared/ipc/result';
import type { Settings, SettingsPatch } from '../../../../shared/model/settings';
import { useApi } from '../../lib/api';
import { useBridgeQuery, type Loadable } from '../../lib/useBridgeQuery';

export type SettingsQuery = Loadable<Settings> & {
  reload: () => void;
  /** Shows the change at once and saves it; a change that fails is taken back and `failure` says why. */
  update: (patch: SettingsPatch) => Promise<Result<Settings>>;
  /** Why the last change could not be saved, until the next one is. */
  failure: string | null;
};

/**
 * The library's settings, with changes shown before the library confirms them (so text grows the
 * moment + is pressed) and kept in step with changes made elsewhere (another window, the CLI).
 */
export function useSettings(): SettingsQuery {
  const api = useApi();
  const query = useBridgeQuery(useCallback(() => api.settings.get(), [api]));
  // The newest settings the library told us about, after the first answer.
  const [latest, setLatest] = useState<Settings | null>(null);
  // Changes still on their way: while any is, an older answer must not undo a newer change on screen.
  const [pending, setPending] = useState<SettingsPatch>({});
  const [failure, setFailure] = useState<string | null>(null);
  const inFlight = useRef(0);

  useEffect(() => api.onSettingsChanged(setLatest), [api]);

  const update = useCallback(
    async (patch: SettingsPatch) => {
      inFlight.current += 1;
      setPending((was) => ({ ...was, ...patch }));
      const result = await api.settings.update(patch);
      inFlight.current -= 1;
      if (result.ok) setLatest(result.value);
      if (!result.ok || inFlight.current === 0) setPending({});
      setFailure(result.ok ? null : result.error.message);
      return result;
    },
    [api],
  );

  const base = latest ?? (query.status === 'ready' ? query.value : null);
  const value = useMemo(() => base && { ...base, ...pending }, [base, pending]);
  const loadable: Loadable<Settings> = value ? { status: 'ready', value } : query;
  return { ...loadable, reload: query.reload, update, failure };
}
