import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { restoreFullBackup } from '../../main/core/backup/restoreFullBackup';
import type { CommandContext } from '../commandContext';
import { sizeOf } from '../format/sizeOf';

interface RestoreOptions {
  library: string;
}

export function restoreCommand(context: CommandContext): Command {
  return new Command('restore')
    .description('restore a backup made by `news-archive backup` (or the app) into a new library folder')
    .argument('<backup.zip>', 'the backup file')
    .addOption(new Option('--library <dir>', 'the folder to restore into; it must be new or empty').makeOptionMandatory())
    .addHelpText('after', '\nEvery file is checked against its checksum before anything is written into the folder.\n\nExamples:\n  $ news-archive restore ~/archive-2025-03-18.zip --library ~/Restored\\ Archive')
    .action(async (backup: string, options: RestoreOptions) => {
      const target = resolve(context.io.cwd, options.library);
      const summary = await restoreFullBackup(resolve(context.io.cwd, backup), target);
      context.io.stdout.write(`Restored ${summary.files} files (${sizeOf(summary.bytes)}) from the backup of ${summary.createdAt} into ${target}.\nOpen it with --library ${target}, or choose it in the app.\n`);
    });
}
