import TurndownService from 'turndown';

const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });

/** An article as Markdown: its title as the one `#` heading, then the body converted from its sanitized HTML. */
export function toMarkdown(title: string, html: string): string {
  const body = turndown.turndown(html).trim();
  return `# ${title.replace(/\s+/g, ' ').trim()}\n\n${body}\n`;
}
