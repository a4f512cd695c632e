import { Command, CommanderError } from 'commander';
import type { CommandContext } from './commandContext';
import { addCommand } from './commands/add';
import { backupCommand } from './commands/backup';
import { exportCommand } from './commands/export';
import { extractCommand } from './commands/extract';
import { highlightsCommand } from './commands/highlights';
import { importCommand } from './commands/import';
import { listCommand } from './commands/list';
import { restoreCommand } from './commands/restore';
import { searchCommand } from './commands/search';
import { showCommand } from './commands/show';
import { tagCommand } from './commands/tag';
import { tagsCommand } from './commands/tags';
import type { CliIo } from './io';
import { reportError } from './reportError';
import { defaultServices, type CliServices } from './services';
import { readVersion } from './version';

/** Exit codes: 0 all went well, 1 something failed, 2 the command line itself was wrong. */
const USAGE_ERROR = 2;

/** Runs one command line (without the node and script arguments) and resolves with its exit code. */
export async function runCli(args: readonly string[], io: CliIo, services: CliServices = defaultServices(io)): Promise<number> {
  let exitCode = 0;
  const context: CommandContext = { io, services, exit: (code) => (exitCode = code) };
  const program = buildProgram(context);
  try {
    await program.parseAsync(args, { from: 'user' });
    return exitCode;
  } catch (error) {
    // Commander has already printed its own message (usage errors) or the help and version it was asked for.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE_ERROR;
    return reportError(io, error, program.opts<{ debug?: boolean }>().debug === true);
  }
}

function buildProgram(context: CommandContext): Command {
  const { io } = context;
  const program = new Command('news-archive')
    .description('Save news articles for offline reading, in the same library as the News Archive app.')
    .version(readVersion(), '-V, --version', 'print the version')
    .option('--debug', 'print the details of unexpected errors')
    .showSuggestionAfterError()
    .addHelpText('after', '\nExamples:\n  $ news-archive add https://example.com/news/story.html\n  $ news-archive extract page.html --format markdown\n  $ news-archive list --view starred\n  $ news-archive search "ceasefire tag:ukraine"\n  $ news-archive tag <id> --add ukraine/ceasefire\n  $ news-archive tags\n  $ news-archive show <id> --format text\n  $ news-archive highlights <id> --format markdown')
    .addCommand(addCommand(context))
    .addCommand(backupCommand(context))
    .addCommand(exportCommand(context))
    .addCommand(extractCommand(context))
    .addCommand(highlightsCommand(context))
    .addCommand(importCommand(context))
    .addCommand(listCommand(context))
    .addCommand(restoreCommand(context))
    .addCommand(searchCommand(context))
    .addCommand(showCommand(context))
    .addCommand(tagCommand(context))
    .addCommand(tagsCommand(context));
  // Every command writes through io and throws instead of exiting, so a run can be embedded and tested.
  const configure = (command: Command) => {
    command.exitOverride().configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });
    command.commands.forEach(configure);
  };
  configure(program);
  return program;
}
