import { setTimeout as sleep } from 'node:timers/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { SearchService } from '../../main/core/library/library';
import { SearchRequestSchema, type SearchPage } from '../../shared/model/search';
import { parseQuery } from '../../shared/search/parseQuery';
import { hasFilters } from '../../shared/search/queryFilters';
import { QUERY_SYNTAX } from '../../shared/search/querySyntax';
import { libraryOption, withCliLibrary } from '../cliLibrary';
import type { CommandContext } from '../commandContext';
import { PLAIN_STYLE, TERMINAL_STYLE } from '../format/markText';
import { pointAt } from '../format/pointAt';
import { formatSearchResults } from '../format/searchResults';
import type { CliIo } from '../io';
import { positiveInteger } from '../positiveInteger';

interface SearchOptions {
  library?: string;
  json?: boolean;
  limit: number;
}

/** The most results one search returns (the request's own limit). */
const LIMIT_MAX = SearchRequestSchema.shape.limit.unwrap().maxValue ?? 500;

export function searchCommand(context: CommandContext): Command {
  return new Command('search')
    .description('search the articles, their highlights and notes, best match first')
    .argument('<query>', 'what to look for; in quotes when it has spaces')
    .addOption(libraryOption())
    .addOption(new Option('--limit <n>', `at most this many results (up to ${LIMIT_MAX})`).argParser(limit).default(20))
    .option('--json', 'print one JSON array of the results: id, title, url, score and snippet')
    .addHelpText('after', `\nQuery syntax:\n${syntaxHelp()}\n\nExamples:\n  $ news-archive search "ceasefire talks"\n  $ news-archive search '"peace talks" tag:ukraine -opinion is:unread'\n  $ news-archive search 'gaza OR rafah after:2025-01-01' --limit 5 --json`)
    .action(async (query: string, options: SearchOptions, command: Command) => {
      const parsed = parseQuery(query);
      if (!parsed.ok) command.error(`${parsed.problem.message}\n${pointAt(query, parsed.problem.at)}`, { exitCode: 2 });
      const { must, not, filters } = parsed.query;
      if (must.length + not.length === 0 && !hasFilters(filters)) {
        command.error('Say what to search for: a word, a "phrase", or a filter such as tag:ukraine.', { exitCode: 2 });
      }
      const page = await withCliLibrary(context, options.library, async (library) => {
        await untilIndexed(library.search, context.io);
        return library.search.query({ query, view: 'all', sort: 'relevance', direction: 'desc', offset: 0, limit: options.limit });
      });
      context.io.stdout.write(options.json ? `${JSON.stringify(jsonItems(page), null, 2)}\n` : formatSearchResults(page, styleFor(context.io)));
    });
}

function limit(value: string): number {
  const n = positiveInteger(value);
  if (n > LIMIT_MAX) throw new InvalidArgumentError(`Give a number up to ${LIMIT_MAX}.`);
  return n;
}

const syntaxHelp = () => {
  const width = Math.max(...QUERY_SYNTAX.map((entry) => entry.syntax.length));
  return QUERY_SYNTAX.map(({ syntax, meaning }) => `  ${syntax.padEnd(width)}  ${meaning}`).join('\n');
};

/** The index catches up in the background after the library opens (changes the app made since): wait, so results are whole. */
async function untilIndexed(search: SearchService, io: CliIo): Promise<void> {
  let progress = search.indexing();
  if (progress) io.stderr.write(`Updating the search index (${progress.done} of ${progress.total} articles)…\n`);
  while (progress) {
    await sleep(20);
    progress = search.indexing();
  }
}

const jsonItems = (page: SearchPage) =>
  page.items.map(({ article, score, snippet }) => ({ id: article.id, title: article.title, url: article.url, score, snippet }));

/** Bold on a terminal unless NO_COLOR asks for none (no-color.org); plain marks for files and pipes. */
const styleFor = (io: CliIo) => (io.stdout.isTTY === true && !io.env.NO_COLOR ? TERMINAL_STYLE : PLAIN_STYLE);
