import { Command, Option } from 'commander';
import { AnnotationExportFormatSchema, type AnnotationExportFormat } from '../../shared/model/annotation';
import { ArticleIdSchema } from '../../shared/model/article';
import { AppError } from '../../shared/ipc/result';
import { libraryOption, withCliLibrary } from '../cliLibrary';
import type { CommandContext } from '../commandContext';

interface HighlightsOptions {
  library?: string;
  format: AnnotationExportFormat;
}

export function highlightsCommand(context: CommandContext): Command {
  return new Command('highlights')
    .description("print an article's highlights and notes, or every annotated article's")
    .argument('[id]', 'the article id, as `list` prints it (default: every article outside the Trash with highlights or a note)')
    .addOption(libraryOption())
    .addOption(new Option('--format <format>', 'how to print them').choices(AnnotationExportFormatSchema.options).default('markdown'))
    .addHelpText(
      'after',
      '\nFormats:\n  markdown  quotes with their colour and note, under front matter (title, address, dates)\n  json      our own records: article, note and highlights\n  jsonld    W3C Web Annotations (an AnnotationCollection)\n' +
        '\nExamples:\n  $ news-archive highlights 3f2a6c1e-0b7d-4e59-9c41-2d8f7a1b5e60 > notes.md\n  $ news-archive highlights --format jsonld > annotations.jsonld',
    )
    .action(async (id: string | undefined, options: HighlightsOptions, command: Command) => {
      if (id !== undefined && !ArticleIdSchema.safeParse(id).success) command.error(`"${id}" is not an article id; \`news-archive list\` shows them.`, { exitCode: 2 });
      const exported = await withCliLibrary(context, options.library, async (library) => {
        if (id !== undefined && !library.articles.get(id)) throw new AppError('not-found', `No article with the id ${id} is in the library at ${library.dir}.`);
        return library.annotations.export({ articleId: id, format: options.format });
      });
      context.io.stdout.write(exported.text);
    });
}
