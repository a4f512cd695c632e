import TurndownService from 'turndown';

const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });

/** Sanitized article HTML as Markdown: ATX headings, fenced code, `-` bullets, `_` emphasis. */
export const htmlToMarkdown = (html: string): string => turndown.turndown(html).trim();
