import type { Migration } from '../store/migrations';

/** The library format this version of the app writes. Raise it only together with a migration below. */
export const SCHEMA_VERSION = 1;

/**
 * The ordered registry of format steps, `from` N to N + 1. Version 1 is the first format, so it is empty;
 * a step is never removed, so any older library can still be brought up to date.
 */
export const MIGRATIONS: readonly Migration[] = [];
