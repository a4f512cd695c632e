import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/writeFileAtomic';

/** In the app's user-data folder: where the library was moved to, so the next start opens it there. */
export const LOCATION_FILE = 'location.json';

const LocationSchema = z.object({ libraryDir: z.string().min(1) });

/** The library folder remembered in `file`; undefined when none was (never moved) or the file is unreadable. */
export async function readLibraryLocation(file: string): Promise<string | undefined> {
  try {
    const parsed = LocationSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data.libraryDir : undefined;
  } catch {
    return undefined;
  }
}

export async function writeLibraryLocation(file: string, libraryDir: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify({ libraryDir }, null, 2)}\n`);
}

/**
 * The desktop app's library for a program that knows only its default folder (`<userData>/Library`), as
 * the command line does: where it was moved to, if it was, else the default.
 */
export async function desktopLibraryDir(defaultDir: string): Promise<string> {
  return (await readLibraryLocation(join(dirname(defaultDir), LOCATION_FILE))) ?? defaultDir;
}
