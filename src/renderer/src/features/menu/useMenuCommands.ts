import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../../shared/ipc/menuCommand';
import { useApi } from '../../lib/api';

export type MenuCommandHandlers = { [C in MenuCommand]: () => void };

/**
 * Runs what the app's menu asks for, with the handlers the matching keys and buttons use. The desktop
 * app sends the commands; in a browser none arrive. Handlers may change on every render.
 */
export function useMenuCommands(handlers: MenuCommandHandlers): void {
  const api = useApi();
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => api.onMenuCommand((command) => current.current[command]()), [api]);
}
