import { AppError } from '../shared/ipc/result';
import { cliMessage } from './cliMessage';
import type { CliIo } from './io';

/**
 * Tells the user what went wrong in one line and returns the exit code (1). Expected failures carry
 * a message written for people; anything else is a bug, whose details only --debug shows.
 */
export function reportError(io: CliIo, error: unknown, debug: boolean): number {
  if (error instanceof AppError) {
    io.stderr.write(`${cliMessage(error)}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`Something went wrong: ${message.replace(/\.?\s*$/, '')}. Run with --debug for details.\n`);
  }
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return 1;
}
