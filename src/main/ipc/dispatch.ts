import { z } from 'zod';
import { contract, type Handlers } from '../../shared/ipc/contract';
import { channelNames, type Domain } from '../../shared/ipc/channels';
import { AppError, fail, ok, type Result } from '../../shared/ipc/result';

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

type AnyHandler = (input: unknown) => Promise<unknown>;
interface Route {
  input: z.ZodType;
  output: z.ZodType;
  handle: AnyHandler;
}

/**
 * Turns the handlers into one entry point shared by every transport (Electron IPC, the harness):
 * unknown channel -> error; input parsed by the channel's schema; handler run; its answer checked
 * against the output schema; any failure returned as a value with a stable code.
 */
export function createDispatcher(handlers: Handlers, logError: (error: unknown) => void = console.error): Dispatch {
  const routes = new Map<string, Route>();
  for (const domain of Object.keys(channelNames) as Domain[]) {
    for (const verb of channelNames[domain] as readonly string[]) {
      const specs = contract[domain] as Record<string, { input: z.ZodType; output: z.ZodType }>;
      const impl = handlers[domain] as Record<string, AnyHandler>;
      const route = specs[verb];
      const handle = impl[verb];
      if (!route || !handle) throw new Error(`No handler for ${domain}:${verb}`);
      routes.set(`${domain}:${verb}`, { ...route, handle: handle.bind(impl) });
    }
  }

  return async (channel, input) => {
    const route = routes.get(channel);
    if (!route) return fail('unknown-channel', `There is no channel named "${String(channel).slice(0, 100)}".`);
    const parsed = route.input.safeParse(input);
    if (!parsed.success) return fail('invalid-input', `Invalid request to ${channel}: ${z.prettifyError(parsed.error)}`);
    try {
      const value = await route.handle(parsed.data);
      const checked = route.output.safeParse(value);
      if (!checked.success) {
        logError(new Error(`${channel} answered outside its contract: ${z.prettifyError(checked.error)}`));
        return fail('internal', 'The app produced an unexpected answer. Please report this.');
      }
      return ok(checked.data);
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message);
      logError(error);
      return fail('internal', 'Something went wrong inside the app; the details were written to its log.');
    }
  };
}
