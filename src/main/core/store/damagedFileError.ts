/** Why a record file could not be used as it is. */
export type DamageReason = 'empty' | 'truncated' | 'not-json' | 'not-object' | 'invalid';

/** A record file that is unreadable or fails its schema. `parsed` is its content where it still parsed. */
export class DamagedFileError extends Error {
  constructor(
    readonly reason: DamageReason,
    readonly parsed?: Record<string, unknown>,
  ) {
    super(`damaged record file: ${reason}`);
    this.name = 'DamagedFileError';
  }
}
