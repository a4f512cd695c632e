import { resolve } from 'node:path';

export interface LibraryDirSources {
  env: Record<string, string | undefined>;
  argv: readonly string[];
  /** Where the library was moved to (location.json), if it was. */
  movedTo?: string;
  /** Where the library lives when nothing overrides it (the app's user data folder). */
  defaultDir: string;
}

/**
 * The library folder: `--library DIR` (or `--library=DIR`) first, then NEWS_ARCHIVE_LIBRARY, then where
 * the person moved it, then the default.
 */
export function resolveLibraryDir({ env, argv, movedTo, defaultDir }: LibraryDirSources): string {
  return resolve(fromArgv(argv) ?? (env.NEWS_ARCHIVE_LIBRARY || undefined) ?? movedTo ?? defaultDir);
}

function fromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--library' && argv[i + 1]) return argv[i + 1];
    if (arg.startsWith('--library=') && arg.length > '--library='.length) return arg.slice('--library='.length);
  }
  return undefined;
}
