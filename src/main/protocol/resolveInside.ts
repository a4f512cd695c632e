import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';

/**
 * Maps the path of a request URL onto an existing file inside `root`, or undefined when it does not
 * exist or tries to leave `root`. Refused outright: encoded separators and NUL (`%2F`, `%5C`, `%00`),
 * backslashes, `.`/`..` segments, and colons (drive letters, NTFS streams). Then, since a symlink
 * inside `root` may point anywhere, the real path must still be inside the real root.
 */
export async function resolveInside(root: string, urlPath: string): Promise<string | undefined> {
  if (/%(2f|5c|00)|\\/i.test(urlPath)) return undefined;
  let segments: string[];
  try {
    segments = urlPath.split('/').filter((segment) => segment !== '').map(decodeURIComponent);
  } catch {
    return undefined; // malformed percent-encoding
  }
  if (segments.some((segment) => segment === '.' || segment === '..' || /[:\0]/.test(segment))) return undefined;

  const realRoot = await realpath(root);
  const candidate = resolve(realRoot, ...segments);
  if (!isWithin(realRoot, candidate)) return undefined;
  try {
    const real = await realpath(candidate);
    return isWithin(realRoot, real) ? real : undefined;
  } catch {
    return undefined;
  }
}

function isWithin(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
}
