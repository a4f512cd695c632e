import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCommand } from './support/runCommand';

describe('the news-archive program', () => {
  it('prints its version from package.json', async () => {
    const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    expect(await runCommand(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each(['add', 'extract', 'list', 'show'])('has help with examples for %s', async (name) => {
    const run = await runCommand([name, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: news-archive ${name} `));
    expect(run.stdout).toContain(`Examples:\n  $ news-archive ${name}`);
  });

  it('lists every command in its own help', async () => {
    const run = await runCommand(['--help']);
    expect(run.code).toBe(0);
    for (const name of ['add', 'extract', 'list', 'show']) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('treats a wrong command line as a usage error (exit code 2)', async () => {
    expect(await runCommand(['lsit'])).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown command 'lsit'") });
    expect(await runCommand(['list', '--frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown option '--frobnicate'") });
    expect(await runCommand([])).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: news-archive') });
  });

  it('reports an unexpected error in one sentence, and its stack only with --debug', async () => {
    const services = {
      defaultLibraryDir: () => {
        throw new Error('disk on fire');
      },
    };
    const quiet = await runCommand(['list'], { services });
    expect(quiet).toEqual({ code: 1, stdout: '', stderr: 'Something went wrong: disk on fire. Run with --debug for details.\n' });
    const loud = await runCommand(['--debug', 'list'], { services });
    expect(loud.stderr).toMatch(/^Something went wrong: disk on fire\. Run with --debug for details\.\nError: disk on fire\n {4}at /);
    expect((await runCommand(['list', '--debug'], { services })).stderr).toContain('    at ');
  });
});
