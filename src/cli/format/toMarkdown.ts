import { htmlToMarkdown } from '../../main/core/export/htmlToMarkdown';

/** An article as Markdown: its title as the one `#` heading, then the body converted from its sanitized HTML. */
export function toMarkdown(title: string, html: string): string {
  return `# ${title.replace(/\s+/g, ' ').trim()}\n\n${htmlToMarkdown(html)}\n`;
}
