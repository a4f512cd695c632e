import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { createImportService, type ImportService } from '../../main/core/import/apply/importService';
import { IMPORT_FORMATS, type ImportFormat } from '../../main/core/import/importBatch';
import type { ImportProgress } from '../../shared/model/import';
import { libraryOption, withCliLibrary } from '../cliLibrary';
import type { CommandContext } from '../commandContext';
import { previewLines, progressLine } from '../format/importSummary';
import { withExtractor } from '../withExtractor';

interface ImportOptions {
  library?: string;
  format?: ImportFormat;
  dryRun?: boolean;
  fetch: boolean;
}

/** Progress is printed at most this often while pages are fetched. */
const PROGRESS_EVERY_MS = 1000;

export function importCommand(context: CommandContext): Command {
  return new Command('import')
    .description('import an export from Pocket, Instapaper, Omnivore, wallabag, Raindrop, Readwise or a browser\'s bookmarks')
    .argument('<file>', 'the export file (CSV, JSON, HTML, or a ZIP of them)')
    .addOption(libraryOption())
    .addOption(new Option('--format <name>', 'the export\'s format, when it is not recognised by its content').choices(IMPORT_FORMATS.filter((format) => format !== 'backup')))
    .option('--dry-run', 'only say what would be imported')
    .option('--no-fetch', 'do not fetch the pages of links the export holds no content for (they can be fetched later from the app)')
    .addHelpText(
      'after',
      '\nPrints what the file holds (new, already in the library, invalid rows with their line and why), imports it, then' +
        '\nfetches the pages of new links, printing progress. Ctrl-C stops fetching; the app fetches what is left when it opens.' +
        '\nExit code 0 when everything was imported and fetched, 1 when a row was invalid or a page could not be fetched, 2 for a wrong command line.\n' +
        '\nExamples:\n  $ news-archive import ~/Downloads/pocket.zip --dry-run\n  $ news-archive import wallabag-export.json --no-fetch\n  $ news-archive import bookmarks.html --format netscape',
    )
    .action(async (file: string, options: ImportOptions) => {
      const path = resolve(context.io.cwd, file);
      const failed = await withCliLibrary(context, options.library, (library) =>
        withExtractor(context, async (extractor) => {
          const service = await createImportService({ library, extractor, sources: context.services.sources, log: (message, error) => context.io.stderr.write(`${message}: ${String(error)}\n`) });
          try {
            return await importFile(service, path, options, context);
          } finally {
            await service.close();
          }
        }),
      );
      context.exit(failed ? 1 : 0);
    });
}

/** Previews, imports and follows the fetching; answers whether anything failed. */
async function importFile(service: ImportService, path: string, options: ImportOptions, { io }: CommandContext): Promise<boolean> {
  const preview = await service.preview(path, { format: options.format });
  io.stdout.write(previewLines(preview));
  if (options.dryRun) return false;
  const result = await service.start(path, { format: preview.format, fetch: options.fetch });
  io.stdout.write(`imported ${result.added} articles${result.queued > 0 ? `; ${result.queued} ${options.fetch ? 'pages to fetch' : 'links not fetched'}` : ''}\n`);
  if (!options.fetch) return result.invalid > 0;
  if (service.progress().state === 'paused') {
    io.stdout.write('fetching is paused in the app: resume it there to fetch these pages\n');
    return result.invalid > 0;
  }
  const done = await followFetching(service, (progress) => io.stdout.write(progressLine(progress)));
  if (done.fetched + done.failed > 0) io.stdout.write(`fetched ${done.fetched} pages, ${done.failed} failed${done.failed > 0 ? ' (retry them from the app)' : ''}\n`);
  return result.invalid > 0 || done.failed > 0;
}

/** Waits for the fetch queue to empty, reporting progress now and then; answers the last progress. */
async function followFetching(service: ImportService, report: (progress: ImportProgress) => void): Promise<ImportProgress> {
  let last = 0;
  const stop = service.onProgress((progress) => {
    const now = Date.now();
    if (progress.state === 'running' && now - last >= PROGRESS_EVERY_MS) {
      last = now;
      report(progress);
    }
  });
  try {
    await service.idle();
    return service.progress();
  } finally {
    stop();
  }
}
