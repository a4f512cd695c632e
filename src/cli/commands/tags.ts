import { Command } from 'commander';
import { TAG_SEPARATOR, type TagNode } from '../../shared/model/tag';
import { libraryOption, withCliLibrary } from '../cliLibrary';
import type { CommandContext } from '../commandContext';

interface TagsOptions {
  library?: string;
  json?: boolean;
}

export function tagsCommand(context: CommandContext): Command {
  return new Command('tags')
    .description('print the tags as a tree, with how many articles (outside the Trash) carry each')
    .addOption(libraryOption())
    .option('--json', 'print the tree as JSON: name, color, count (this tag), total (with its children), children')
    .addHelpText('after', '\nExamples:\n  $ news-archive tags\n  $ news-archive tags --json')
    .action(async (options: TagsOptions) => {
      const tree = await withCliLibrary(context, options.library, async (library) => library.tags.tree());
      context.io.stdout.write(options.json ? `${JSON.stringify(tree, null, 2)}\n` : tree.map((node) => lines(node, 0)).join(''));
    });
}

/** `ceasefire  4` under its parent, two spaces deeper per level; the number counts the children's articles too. */
function lines(node: TagNode, depth: number): string {
  const label = node.name.slice(node.name.lastIndexOf(TAG_SEPARATOR) + 1);
  const color = node.color ? ` (${node.color})` : '';
  return `${'  '.repeat(depth)}${label}${color}  ${node.total}\n${node.children.map((child) => lines(child, depth + 1)).join('')}`;
}
