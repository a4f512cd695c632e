import { Command } from 'commander';
import { AppError } from '../../shared/ipc/result';
import { ArticleIdSchema, type Article } from '../../shared/model/article';
import { libraryOption, withCliLibrary } from '../cliLibrary';
import { collect } from '../collect';
import type { CommandContext } from '../commandContext';

interface TagOptions {
  library?: string;
  add: string[];
  remove: string[];
  json?: boolean;
}

export function tagCommand(context: CommandContext): Command {
  return new Command('tag')
    .description('add tags to articles and remove tags from them')
    .argument('<id...>', 'the article ids, as `list` prints them')
    .addOption(libraryOption())
    .option('--add <name>', 'add this tag (repeat for more; a new name makes a new tag)', collect, [])
    .option('--remove <name>', 'remove this tag (repeat for more)', collect, [])
    .option('--json', 'print one JSON array of the articles with their tags')
    .addHelpText('after', '\nExamples:\n  $ news-archive tag <id> --add ukraine/ceasefire\n  $ news-archive tag <id> <id> --add Europe --remove draft')
    .action(async (ids: string[], options: TagOptions, command: Command) => {
      const notIds = ids.filter((id) => !ArticleIdSchema.safeParse(id).success);
      if (notIds.length > 0) command.error(`"${notIds[0]}" is not an article id; \`news-archive list\` shows them.`, { exitCode: 2 });
      if (options.add.length === 0 && options.remove.length === 0) command.error('Say what to change with --add or --remove.', { exitCode: 2 });
      const tagged = await withCliLibrary(context, options.library, async (library) => {
        const missing = ids.find((id) => !library.articles.get(id));
        if (missing) throw new AppError('not-found', `No article with the id ${missing} is in the library at ${library.dir}.`);
        await library.tags.apply(ids, { add: options.add, remove: options.remove });
        return [...new Set(ids)].map((id) => library.articles.get(id) as Article);
      });
      const records = tagged.map(({ id, tags }) => ({ id, tags }));
      context.io.stdout.write(options.json ? `${JSON.stringify(records, null, 2)}\n` : records.map(({ id, tags }) => `${id}  ${tags.join(', ')}\n`).join(''));
    });
}
