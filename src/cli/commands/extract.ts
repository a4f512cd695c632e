import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { AppError } from '../../shared/ipc/result';
import type { Extraction, Extractor, RawPage } from '../../main/core/capture/types';
import type { CommandContext } from '../commandContext';
import { formatOption, type OutputFormat } from '../format/formatOption';
import { toMarkdown } from '../format/toMarkdown';
import { readStdinInput } from '../stdinInput';
import { isWebAddress, webAddress } from '../webAddress';
import { withExtractor } from '../withExtractor';

interface ExtractOptions {
  url?: string;
  format: OutputFormat;
  allowLocalNetwork?: boolean;
}

/** The fields `--format json` prints, in this order. */
const JSON_FIELDS = ['title', 'excerpt', 'authors', 'siteName', 'publishedAt', 'modifiedAt', 'lang', 'dir', 'url', 'canonicalUrl', 'leadImage', 'wordCount', 'readingMinutes', 'text', 'html'] as const;

export function extractCommand(context: CommandContext): Command {
  return new Command('extract')
    .description('print the article found in a page, without saving it (no library needed)')
    .argument('<item>', 'an http(s) address, a saved page or text file, or - for standard input')
    .addOption(new Option('--url <address>', 'the original address of a file or of standard input').argParser(webAddress))
    .addOption(formatOption())
    .option('--allow-local-network', 'allow fetching from this computer and the local network')
    .addHelpText(
      'after',
      '\nFormats:\n  text      the body only (no title, byline or standfirst), paragraphs separated by blank lines' +
        '\n  markdown  the article as Markdown, its title as a # heading\n  html      the sanitized article HTML, images left at their web addresses' +
        `\n  json      one object: ${JSON_FIELDS.join(', ')} (absent values as null)\n` +
        '\nExamples:\n  $ news-archive extract https://example.com/news/story.html --format markdown\n  $ news-archive extract "Saved Page.html" --url https://example.com/news/story.html --format json' +
        '\n  $ pbpaste | news-archive extract -',
    )
    .action(async (item: string, options: ExtractOptions, command: Command) => {
      if (options.url && isWebAddress(item)) command.error('--url names the address of a file or of standard input; a web address already is one.', { exitCode: 2 });
      const output = await withExtractor(context, async (extractor) => {
        const page = await readPage(item, options, context);
        const extraction = await extractor.extract(page);
        return render(extraction, await sanitized(extractor, extraction), options.format);
      });
      context.io.stdout.write(output);
    });
}

async function readPage(item: string, { url, allowLocalNetwork = false }: ExtractOptions, { io, services }: CommandContext): Promise<RawPage> {
  if (item === '-') return services.sources.pastedPage(await readStdinInput(io, url));
  if (isWebAddress(item)) return services.sources.fetchPage(item, { allowLocalNetwork });
  const pages = await services.sources.readPageFile(resolve(io.cwd, item));
  if (pages.length !== 1) throw new AppError('unsupported', `${item} holds ${pages.length} pages; extract takes one page at a time.`);
  const [page] = pages as [RawPage];
  return url === undefined ? page : { ...page, url };
}

/** The article HTML made safe, its images left at their original addresses (nothing is stored). */
const sanitized = (extractor: Extractor, extraction: Extraction) => extractor.sanitize({ html: extraction.html, images: { kind: 'keep-remote' } });

function render(extraction: Extraction, html: string, format: OutputFormat): string {
  switch (format) {
    case 'text':
      return `${extraction.text.trim()}\n`;
    case 'markdown':
      return toMarkdown(extraction.title, html);
    case 'html':
      return `${html.trim()}\n`;
    case 'json': {
      const fields = { ...extraction, html };
      return `${JSON.stringify(Object.fromEntries(JSON_FIELDS.map((field) => [field, fields[field] ?? null])), null, 2)}\n`;
    }
  }
}
