import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { exportLibrary, LIBRARY_EXPORT_FORMATS, type LibraryExportFormat } from '../../main/core/export/exportLibrary';
import { libraryOption, withCliLibrary } from '../cliLibrary';
import type { CommandContext } from '../commandContext';
import { readVersion } from '../version';

interface ExportOptions {
  library?: string;
  format: LibraryExportFormat;
  tag?: string;
}

export function exportCommand(context: CommandContext): Command {
  return new Command('export')
    .description('export the library (outside the Trash) to files other programs read')
    .argument('<out>', 'a new (or empty) folder for markdown and html, a new file for the other formats')
    .addOption(new Option('--format <format>', 'what to write').choices(LIBRARY_EXPORT_FORMATS).makeOptionMandatory())
    .addOption(libraryOption())
    .option('--tag <name>', 'only the articles with this tag or one of its children')
    .addHelpText(
      'after',
      '\nFormats:\n' +
        '  markdown   one .md file per article (front matter, body, highlights), images in a folder beside it\n' +
        '  html       one self-contained .html page per article, images inlined, readable offline\n' +
        "  csv        one row per article: id, title, url, site, authors, dates, tags, state, highlights\n" +
        '  json       every record with its note and highlights\n' +
        '  bookmarks  the links as a Netscape bookmark file, for browsers and bookmark services\n' +
        '  jsonld     every highlight and note as W3C Web Annotations\n' +
        '  backup     the whole library as one ZIP with checksums (restore reads it)\n' +
        '\nAn export never replaces anything: an existing file, or a folder that is not empty, is refused.\n' +
        '\nExamples:\n  $ news-archive export ~/Obsidian/News --format markdown --tag ukraine\n  $ news-archive export library.csv --format csv',
    )
    .action(async (out: string, options: ExportOptions) => {
      const summary = await withCliLibrary(context, options.library, (library) =>
        exportLibrary(library, resolve(context.io.cwd, out), { format: options.format, tag: options.tag, appVersion: readVersion() }),
      );
      const images = summary.images === undefined ? '' : ` and ${counted(summary.images, 'image')}`;
      context.io.stdout.write(`Exported ${counted(summary.count, summary.unit)}${images} to ${summary.path}\n`);
    });
}

const counted = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
