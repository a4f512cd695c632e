import type { App } from 'electron';
import type { CliIo } from '../../cli/io';

const CLI_SWITCH = '--cli';

/** Started as `News Archive --cli <command>...`: run the command line, not the app. */
export function isCliLaunch(argv: readonly string[]): boolean {
  return argv.includes(CLI_SWITCH);
}

/**
 * The command line's arguments: what follows --cli, less the `--` the launchers put there so that
 * Chromium reads none of them as its own switches.
 */
export function cliArguments(argv: readonly string[]): string[] {
  const rest = argv.slice(argv.indexOf(CLI_SWITCH) + 1);
  return rest[0] === '--' ? rest.slice(1) : rest;
}

type RunCli = (args: readonly string[], io: CliIo) => Promise<number>;

async function loadCli(): Promise<{ run: RunCli; io: CliIo }> {
  const [{ runCli }, { processIo }] = await Promise.all([import('../../cli/program'), import('../../cli/io')]);
  return { run: runCli, io: processIo() };
}

/**
 * The packaged app's own way to run the news-archive command (resources/cli launches it), since its
 * fuses forbid ELECTRON_RUN_AS_NODE: runs the command without a window, waits until its output is
 * written, and exits with its code. Never settles, so the app's start-up code after it never runs.
 */
export async function runCliInstead(
  app: Pick<App, 'exit'> & { dock?: Pick<NonNullable<App['dock']>, 'hide'> },
  argv: readonly string[],
  load: () => Promise<{ run: RunCli; io: CliIo }> = loadCli,
): Promise<never> {
  app.dock?.hide();
  const { run, io } = await load();
  const code = await run(cliArguments(argv), io);
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((flushed) => stream.write('', flushed))));
  app.exit(code);
  return new Promise<never>(() => {});
}
