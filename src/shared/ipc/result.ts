/**
 * Errors cross the bridge as values with a stable code, never as thrown exceptions or stack traces.
 * The UI branches on `code`; `message` is written for the user.
 */
export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'forbidden-sender',
  'unknown-channel',
  'library-locked',
  'library-newer',
  'storage-failure',
  'unsupported-url',
  'unsupported',
  /** A search query that does not parse; the message says what to change. */
  'invalid-query',
  // Capture: what can go wrong while saving, each with its own message.
  'network',
  'timeout',
  'too-large',
  'blocked-address',
  'not-an-article',
  'nothing-to-save',
  'unreadable-file',
  /** An export file to import that is not one we know, or is damaged or unsafe; the message names file and line. */
  'invalid-import',
  'cancelled',
  /** Moving the library: a folder it cannot go to; a copy that failed (the library stays where it was). */
  'invalid-destination',
  'move-failed',
  /** The library is closed for a moment (moving); the call can be tried again. */
  'busy',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorInfo {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorInfo };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** An expected failure raised by core or handlers; the dispatcher turns it into a `Result`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
