import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './support/testSetup';

const tempDir = useTempDir();

/** bin/news-archive.js copied into a temporary checkout, so the presence of out/main/cli.js can be chosen. */
async function launcherIn(dir: string): Promise<(...args: string[]) => ReturnType<typeof spawnSync>> {
  await mkdir(`${dir}/bin`);
  await copyFile('bin/news-archive.js', `${dir}/bin/news-archive.js`);
  await writeFile(`${dir}/package.json`, '{ "type": "module" }');
  return (...args) => spawnSync(process.execPath, [`${dir}/bin/news-archive.js`, ...args], { encoding: 'utf8' });
}

describe('bin/news-archive.js', () => {
  it('says in one sentence to build first when the CLI is not built', async () => {
    const run = (await launcherIn(tempDir()))('--help');
    expect(run).toMatchObject({ status: 1, stdout: '', stderr: 'news-archive is not built yet: run `npm run build` first.\n' });
  });

  it('runs the built CLI with the arguments given', async () => {
    const launch = await launcherIn(tempDir());
    await mkdir(`${tempDir()}/out/main`, { recursive: true });
    await writeFile(`${tempDir()}/out/main/cli.js`, 'process.stdout.write(JSON.stringify(process.argv.slice(2)));');
    expect(launch('list', '--json')).toMatchObject({ status: 0, stdout: '["list","--json"]' });
  });
});
