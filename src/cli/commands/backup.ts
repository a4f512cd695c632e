import { resolve } from 'node:path';
import { Command } from 'commander';
import { writeFullBackup } from '../../main/core/backup/writeFullBackup';
import { libraryOption, withCliLibrary } from '../cliLibrary';
import type { CommandContext } from '../commandContext';
import { sizeOf } from '../format/sizeOf';
import { readVersion } from '../version';

interface BackupOptions {
  library?: string;
}

export function backupCommand(context: CommandContext): Command {
  return new Command('backup')
    .description('write the whole library (records, articles, raw captures, images) into one ZIP with a checksum of every file')
    .argument('<out.zip>', 'the backup file to write (an older one there is replaced once the new one is complete)')
    .addOption(libraryOption())
    .addHelpText('after', '\nRestore it with `news-archive restore`. The search index is left out: it is rebuilt when the library opens.\n\nExamples:\n  $ news-archive backup ~/archive-2025-03-18.zip')
    .action(async (out: string, options: BackupOptions) => {
      const outPath = resolve(context.io.cwd, out);
      const summary = await withCliLibrary(context, options.library, async (library) => ({
        dir: library.dir,
        ...(await writeFullBackup(library, outPath, { appVersion: readVersion() })),
      }));
      context.io.stdout.write(`Backed up ${summary.files} files (${sizeOf(summary.bytes)}) of the library at ${summary.dir} to ${outPath}.\n`);
    });
}
