import { Readable } from 'node:stream';
import { runCli } from '../../../../src/cli/program';
import type { CliServices } from '../../../../src/cli/services';
import { defaultServices } from '../../../../src/cli/services';

export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  services?: Partial<CliServices>;
  /** Run as if standard output were a terminal. */
  tty?: boolean;
}

/**
 * Runs one news-archive command line in this process and collects what it wrote. Tests name their
 * library with --library or the environment: reaching for the user's default library fails the test.
 */
export async function runCommand(args: string[], options: RunOptions = {}): Promise<CommandRun> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  const services = { ...defaultServices(io), defaultLibraryDir: noDefaultLibrary, ...options.services };
  const code = await runCli(args, io, services);
  return { code, stdout, stderr };
}

function noDefaultLibrary(): never {
  throw new Error('A test reached for the default library; give it --library or NEWS_ARCHIVE_LIBRARY.');
}
