import { Command } from 'commander';
import type { Article, ArticleContent } from '../../shared/model/article';
import { ArticleIdSchema } from '../../shared/model/article';
import { AppError } from '../../shared/ipc/result';
import { libraryOption, withCliLibrary } from '../cliLibrary';
import type { CommandContext } from '../commandContext';
import { bylineOf } from '../format/bylineOf';
import { formatOption, type OutputFormat } from '../format/formatOption';
import { toMarkdown } from '../format/toMarkdown';

interface ShowOptions {
  library?: string;
  format: OutputFormat;
}

export function showCommand(context: CommandContext): Command {
  return new Command('show')
    .description('print an article from the library')
    .argument('<id>', 'the article id, as `list` prints it')
    .addOption(libraryOption())
    .addOption(formatOption())
    .addHelpText(
      'after',
      '\nFormats:\n  text      title, byline, then the body text\n  markdown  the article as Markdown, its title as a # heading\n  html      the stored (sanitized) article HTML\n  json      the article record plus its text\n' +
        '\nExamples:\n  $ news-archive show 3f2a6c1e-0b7d-4e59-9c41-2d8f7a1b5e60\n  $ news-archive show 3f2a6c1e-0b7d-4e59-9c41-2d8f7a1b5e60 --format markdown > article.md',
    )
    .action(async (id: string, options: ShowOptions, command: Command) => {
      if (!ArticleIdSchema.safeParse(id).success) command.error(`"${id}" is not an article id; \`news-archive list\` shows them.`, { exitCode: 2 });
      const { article, content } = await withCliLibrary(context, options.library, async (library) => {
        const found = library.articles.get(id);
        if (!found) throw new AppError('not-found', `No article with the id ${id} is in the library at ${library.dir}.`);
        return { article: found, content: await library.articles.content(id) };
      });
      context.io.stdout.write(render(article, content, options.format));
    });
}

function render(article: Article, content: ArticleContent, format: OutputFormat): string {
  switch (format) {
    case 'text': {
      const byline = bylineOf(article);
      return `${article.title}\n${byline ? `${byline}\n` : ''}\n${content.text.trim()}\n`;
    }
    case 'markdown':
      return toMarkdown(article.title, content.html);
    case 'html':
      return `${content.html.trim()}\n`;
    case 'json':
      return `${JSON.stringify({ ...article, text: content.text }, null, 2)}\n`;
  }
}
