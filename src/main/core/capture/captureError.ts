import { AppError, type AppErrorInfo } from '../../../shared/ipc/result';

const INTERNAL_MESSAGE = 'Something went wrong while saving; the details were written to the log.';

/**
 * What a failed job tells the user: an AppError from a source or the extractor says it already;
 * anything else is our bug, logged in full and shown as one plain sentence.
 */
export function jobErrorOf(error: unknown, log: (message: string, error: unknown) => void): AppErrorInfo {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  log('capture: unexpected failure', error);
  return { code: 'internal', message: INTERNAL_MESSAGE };
}
