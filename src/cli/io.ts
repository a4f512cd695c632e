import { cwd } from 'node:process';

/** Where a command reads and writes: the process's own streams when run, strings in tests. */
export interface CliIo {
  /** isTTY: a person is reading (process.stdout on a terminal), so output may use terminal styles. */
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** What `-` reads. */
  stdin: AsyncIterable<Uint8Array | string>;
  env: Record<string, string | undefined>;
  /** Relative paths (files, --library) are taken from here. */
  cwd: string;
}

export function processIo(): CliIo {
  // A reader that stops early (`news-archive list | head`) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: cwd() };
}
