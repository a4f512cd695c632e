import { resolve } from 'node:path';
import { Command } from 'commander';
import { AppError } from '../../shared/ipc/result';
import type { CaptureJob } from '../../shared/model/capture';
import { createCaptureService } from '../../main/core/capture/captureService';
import type { CaptureService } from '../../main/core/capture/types';
import type { Library } from '../../main/core/library/library';
import { libraryOption, withCliLibrary } from '../cliLibrary';
import { cliMessage } from '../cliMessage';
import { collect } from '../collect';
import type { CommandContext } from '../commandContext';
import { followJobs } from '../followJobs';
import { readStdinInput } from '../stdinInput';
import { isWebAddress } from '../webAddress';
import { withExtractor } from '../withExtractor';

interface AddOptions {
  library?: string;
  tag: string[];
  json?: boolean;
  allowLocalNetwork?: boolean;
}

/** One page as `add` reports it. */
export interface AddResult {
  /** What was given on the command line, or the file name of a further page found in a folder. */
  item: string;
  status: 'saved' | 'exists' | 'failed';
  id: string | null;
  title: string | null;
  error: { code: string; message: string } | null;
}

type CaptureRequest = Parameters<CaptureService['start']>[0];

export function addCommand(context: CommandContext): Command {
  return new Command('add')
    .description('save articles: web addresses, saved pages, text or Markdown files, folders of them, or - for standard input')
    .argument('<items...>', 'http(s) addresses, files or folders; - reads HTML, Markdown or text from standard input')
    .addOption(libraryOption())
    .option('--tag <name>', 'tag every saved article (repeat for more tags)', collect, [])
    .option('--json', 'print one JSON array of results instead of lines')
    .option('--allow-local-network', 'allow fetching from this computer and the local network')
    .addHelpText(
      'after',
      '\nPrints one line per page: "saved  <id>  <title>", "exists <id>  <title> (already in the library)" or "failed <item>: <why>".' +
        '\nExit code 0 when every page is saved or already there, 1 when any failed, 2 for a wrong command line.\n' +
        '\nExamples:\n  $ news-archive add https://example.com/news/story.html\n  $ news-archive add "Saved Page.html" notes.md ~/Downloads/articles --tag research' +
        '\n  $ pbpaste | news-archive add -\n  $ news-archive add http://localhost:8080/draft.html --allow-local-network --json',
    )
    .action(async (items: string[], options: AddOptions, command: Command) => {
      if (items.filter((item) => item === '-').length > 1) command.error('Standard input (-) can be read only once.', { exitCode: 2 });
      const log = captureLog(context, command.optsWithGlobals<{ debug?: boolean }>().debug === true);
      const results = await withCliLibrary(context, options.library, (library) =>
        withExtractor(context, async (extractor) => {
          const captureLibrary = allowingLocalNetwork(library, options.allowLocalNetwork === true);
          const service = createCaptureService({ library: captureLibrary, extractor, sources: context.services.sources, log });
          try {
            return await saveEach(items, service, options, context);
          } finally {
            await service.close();
          }
        }),
      );
      context.exit(results.some((result) => result.status === 'failed') ? 1 : 0);
    });
}

/**
 * Saves the items one after another, printing each one's lines as it finishes; the pages of a folder
 * save side by side. Following one item at a time is what ties a folder's pages to it.
 */
async function saveEach(items: string[], service: CaptureService, options: AddOptions, { io }: CommandContext): Promise<AddResult[]> {
  const results: AddResult[] = [];
  for (const item of items) {
    const found = await saveOne(item, service, options.tag, io);
    if (!options.json) io.stdout.write(found.map(lineOf).join(''));
    results.push(...found);
  }
  if (options.json) io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return results;
}

async function saveOne(item: string, service: CaptureService, tags: string[], io: CommandContext['io']): Promise<AddResult[]> {
  let request: CaptureRequest;
  try {
    request = item === '-' ? await readStdinInput(io, undefined) : isWebAddress(item) ? { kind: 'url', url: item } : { kind: 'path', path: resolve(io.cwd, item) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return [{ item, status: 'failed', id: null, title: null, error: { code: error.code, message: cliMessage(error) } }];
  }
  const jobs = await followJobs(service, () => service.start(request, { tags }));
  return jobs.map((job, index) => resultOf(index === 0 ? item : job.label, job));
}

function resultOf(item: string, job: CaptureJob): AddResult {
  const status = job.state === 'done' ? 'saved' : job.state === 'duplicate' ? 'exists' : 'failed';
  const error = status === 'failed' ? (job.error ?? { code: 'cancelled', message: 'The save was cancelled.' }) : null;
  return { item, status, id: job.articleId, title: job.title, error: error && { code: error.code, message: cliMessage(error) } };
}

function lineOf({ item, status, id, title, error }: AddResult): string {
  if (status === 'saved') return `saved  ${id}  ${title}\n`;
  if (status === 'exists') return `exists ${id}  ${title} (already in the library)\n`;
  return `failed ${item}: ${error?.message}\n`;
}

/** Where capture logs what it did not expect (its job then fails with a plain message): one line, the stack only with --debug. */
function captureLog({ io }: CommandContext, debug: boolean) {
  return (message: string, error: unknown) => {
    const details = error instanceof Error ? (debug && error.stack ? error.stack : error.message) : String(error);
    io.stderr.write(`${message}: ${details}\n`);
  };
}

/** The library as capture sees it, with the local network allowed for this run when the flag says so. */
function allowingLocalNetwork(library: Library, allow: boolean): Pick<Library, 'articles' | 'settings'> {
  if (!allow) return library;
  return { articles: library.articles, settings: { get: () => ({ ...library.settings.get(), allowLocalNetwork: true }), update: (patch) => library.settings.update(patch) } };
}
