import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

// The command line as built (out/main, after `npm run build`, which `npm test` runs before this suite):
// the bundle splits shared code into chunks, and the worker and package.json must still be found from them.
const run = promisify(execFile);
const built = existsSync('out/main/cli.js');
const story = '../shared/fixtures/trump-putin-call.txt';

test.skip(!built, 'out/main is not built: run `npm run build` first (npm test does).');

test('the built command line saves a story through its extraction worker, then finds it', async () => {
  const library = await mkdtemp(join(tmpdir(), 'news-archive-built-cli-'));
  try {
    const env = { ...process.env, NEWS_ARCHIVE_LIBRARY: library };
    const added = await run(process.execPath, ['bin/news-archive.js', 'add', story], { env });
    expect(added.stdout).toMatch(/^saved {2}\S+ {2}Trump, Putin Call On Russia-Ukraine War/);
    const found = await run(process.execPath, ['bin/news-archive.js', 'search', 'putin call', '--json'], { env });
    expect((JSON.parse(found.stdout) as Array<{ title: string }>).map((hit) => hit.title)).toEqual([
      'Trump, Putin Call On Russia-Ukraine War, Call Went Well, White House Says',
    ]);
  } finally {
    await rm(library, { recursive: true, force: true });
  }
});
