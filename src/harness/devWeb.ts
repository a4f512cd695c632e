import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveLibraryDir } from '../main/core/library/resolveLibraryDir';
import { buildWebApp } from './buildWebApp';
import { startHarness } from './startHarness';

// `npm run dev:web [-- --library DIR]`: build the renderer, open a library, print the one address to open.
const fresh = join(tmpdir(), `news-archive-harness-${randomUUID()}`);
const libraryDir = resolveLibraryDir({ env: process.env, argv: process.argv.slice(2), defaultDir: fresh });
if (libraryDir === fresh) console.log(`No library chosen (NEWS_ARCHIVE_LIBRARY or --library): using a fresh temporary one at ${fresh}`);

await buildWebApp();
const harness = await startHarness({ libraryDir });
console.log(`News Archive harness: ${harness.url}`);

const stop = () => {
  harness.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
