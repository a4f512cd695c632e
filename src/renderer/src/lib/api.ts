import { createContext, useContext } from 'react';
import type { Api } from '../../../shared/ipc/contract';

/**
 * The one place that reaches for `window.archive`. Everything else asks `useApi()`, so tests hand
 * the app a fake bridge through `ApiContext` instead of patching the window.
 */
export function bridgeApi(): Api {
  return window.archive;
}

export const ApiContext = createContext<Api | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() needs an <ApiContext.Provider> above it.');
  return api;
}
