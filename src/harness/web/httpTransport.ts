import type { Transport } from '../../shared/ipc/createApi';
import type { Result } from '../../shared/ipc/result';
import { EVENTS_PATH, RPC_HEADER, RPC_PATH } from '../protocol';

const unreachable = (detail: string): Result<never> => ({
  ok: false,
  error: { code: 'internal', message: `The development harness did not answer (${detail}). Is it still running?` },
});

/**
 * Carries the bridge to the harness server: calls as same-origin POSTs (the session cookie rides
 * along), events over one shared EventSource. Answers are Results even when the server is gone.
 */
export function httpTransport(): Transport {
  let source: EventSource | null = null;
  const events = () => (source ??= new EventSource(EVENTS_PATH));

  return {
    async invoke(channel, input) {
      try {
        const response = await fetch(`${RPC_PATH}${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [RPC_HEADER]: '1' },
          body: JSON.stringify({ input }),
        });
        return (await response.json()) as Result<unknown>;
      } catch (error) {
        return unreachable(error instanceof Error ? error.message : String(error));
      }
    },
    subscribe(event, listener) {
      const onMessage = (message: MessageEvent<string>) => listener(JSON.parse(message.data));
      events().addEventListener(event, onMessage);
      return () => events().removeEventListener(event, onMessage);
    },
  };
}
