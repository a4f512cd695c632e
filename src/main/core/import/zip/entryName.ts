/** A ZIP entry's path, decoded: UTF-8 when the entry says so, else as most tools write it today (also UTF-8). */
export const entryName = (raw: Buffer): string => new TextDecoder('utf-8').decode(raw);

/** Why an entry's path is unsafe to use as a path: absolute, climbing out with `..`, or with a drive or NUL. */
export function unsafeEntryName(name: string): string | undefined {
  if (name.includes('\0')) return 'holds a NUL character';
  if (name.includes('\\')) return 'uses backslashes';
  if (name.startsWith('/') || /^[a-z]:/i.test(name)) return 'is an absolute path';
  if (name.split('/').includes('..')) return 'climbs out of the archive with ".."';
  return undefined;
}
