import { channelNames, eventNames, type Domain } from './channels';
import type { Api } from './contract';

/** How calls and events travel: Electron IPC in the preload, loopback HTTP in the development harness. */
export interface Transport {
  invoke(channel: string, input: unknown): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

/**
 * Builds `window.archive` from the channel list: one function per channel, one subscription per
 * event, and nothing else (no generic send, no access to the transport).
 */
export function createApi(transport: Transport): Api {
  const api: Record<string, unknown> = {};
  for (const domain of Object.keys(channelNames) as Domain[]) {
    const methods: Record<string, (input?: unknown) => Promise<unknown>> = {};
    for (const verb of channelNames[domain] as readonly string[]) {
      const channel = `${domain}:${verb}`;
      methods[verb] = (input?: unknown) => transport.invoke(channel, input);
    }
    api[domain] = methods;
  }
  for (const [key, event] of Object.entries(eventNames)) {
    api[key] = (listener: (payload: unknown) => void) => transport.subscribe(event, listener);
  }
  return api as Api;
}
