import { Command, Option } from 'commander';
import type { Article } from '../../shared/model/article';
import { LibraryViewSchema, type LibraryView } from '../../shared/model/articleQuery';
import { libraryOption, withCliLibrary } from '../cliLibrary';
import type { CommandContext } from '../commandContext';
import { collect } from '../collect';
import { positiveInteger } from '../positiveInteger';

interface ListOptions {
  library?: string;
  json?: boolean;
  view: LibraryView;
  limit?: number;
  tag: string[];
  allTags?: boolean;
}

export function listCommand(context: CommandContext): Command {
  return new Command('list')
    .description('list the articles in the library, newest first')
    .addOption(libraryOption())
    .addOption(new Option('--view <view>', 'which articles').choices(LibraryViewSchema.options).default('all'))
    .addOption(new Option('--limit <n>', 'at most this many').argParser(positiveInteger))
    .option('--tag <name>', 'only articles with this tag or one of its children (repeat for any of several)', collect, [])
    .option('--all-tags', 'only articles with every --tag given')
    .option('--json', 'print one JSON array of the article records')
    .addHelpText('after', '\nExamples:\n  $ news-archive list\n  $ news-archive list --view starred --limit 20\n  $ news-archive list --tag ukraine --tag russia --all-tags\n  $ news-archive list --json --library ~/Archive')
    .action(async (options: ListOptions) => {
      const items = await withCliLibrary(context, options.library, async (library) => {
        const limit = options.limit ?? Math.max(1, library.articles.count());
        return library.articles.list({ view: options.view, sort: 'savedAt', direction: 'desc', tags: options.tag, tagMode: options.allTags ? 'all' : 'any', offset: 0, limit }).items;
      });
      context.io.stdout.write(options.json ? `${JSON.stringify(items, null, 2)}\n` : items.map(line).join(''));
    });
}

/** id, day saved, site, title: the id first, so it can be cut out and given to `show`. */
function line(article: Article): string {
  return `${article.id}  ${article.savedAt.slice(0, 10)}  ${article.siteName ?? '-'}  ${article.title}\n`;
}
