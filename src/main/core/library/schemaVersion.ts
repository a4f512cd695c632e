import type { Migration } from '../store/migrations';
import { addCaptureFields } from './migrations/addCaptureFields';

/** The library format this version of the app writes. Raise it only together with a migration below. */
export const SCHEMA_VERSION = 2;

/**
 * The ordered registry of format steps, `from` N to N + 1. A step is never removed, so any older
 * library can still be brought up to date.
 */
export const MIGRATIONS: readonly Migration[] = [addCaptureFields];
