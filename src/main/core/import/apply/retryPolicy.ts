import type { ImportLink } from '../../../../shared/model/import';

/** Tries of one link before it is kept as failed. */
export const MAX_ATTEMPTS = 4;
const FIRST_DELAY_MS = 2_000;

/** Waits before the next try: 2 s, 4 s, 8 s… */
export const backoffMs = (attempts: number) => FIRST_DELAY_MS * 2 ** (attempts - 1);

/**
 * Whether trying again may help: a network failure, a timeout or a server error (5xx, 429) may pass; a
 * page that is gone or forbidden (4xx), blocked, too large or not an article will answer the same again.
 */
export function isTransient(error: NonNullable<ImportLink['error']>): boolean {
  if (error.code === 'timeout') return true;
  if (error.code !== 'network') return false;
  const status = /answered (\d{3})/.exec(error.message)?.[1];
  return status === undefined || status.startsWith('5') || status === '429';
}
