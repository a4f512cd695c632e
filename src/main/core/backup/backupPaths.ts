import { isTempName } from '../fs/tempFiles';

/**
 * What a backup leaves out of the library folder: the lock (it belongs to the running process), the
 * search index (derived, rebuilt from the records), files moved aside as damaged, the record backups,
 * and content still being written.
 */
const LEFT_OUT = ['library.lock', 'index', 'damaged', 'backups', 'content/.staging'];

/** Whether the library file at `rel` (relative, `/`-separated) belongs in a full backup. */
export function isBackedUp(rel: string): boolean {
  if (LEFT_OUT.some((out) => rel === out || rel.startsWith(`${out}/`))) return false;
  return !rel.split('/').some(isTempName);
}

/**
 * Whether `rel` names a file inside the folder it is restored to: relative, `/`-separated, no empty,
 * `.` or `..` part, no drive letter, backslash or control character.
 */
export function isSafePath(rel: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\\:\u0000-\u001f]/.test(rel)) return false;
  return rel.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
