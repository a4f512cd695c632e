/**
 * The search syntax as the help popover shows it: each thing parseQuery understands, what it does,
 * and an example that parses (tests/unit/shared/search/querySyntax.test.ts makes sure of both).
 */
export interface SyntaxEntry {
  /** What to type, with the part one fills in: `-word`, `tag:name`. */
  syntax: string;
  /** What it does, in a sentence for the reader. */
  meaning: string;
  example: string;
}

export const QUERY_SYNTAX: readonly SyntaxEntry[] = [
  { syntax: 'word', meaning: 'Articles with every word, in any order, ignoring case and accents. The last word, while you type it, also finds words that begin with it.', example: 'ceasefire gaza' },
  { syntax: '"exact phrase"', meaning: 'These words next to each other, in this order.', example: '"peace talks"' },
  { syntax: '-word  -"phrase"', meaning: 'Leaves out articles with this word or phrase.', example: 'election -poll' },
  { syntax: 'a OR b', meaning: 'Either word or phrase (OR in capitals).', example: 'gaza OR rafah' },
  { syntax: 'tag:name', meaning: 'Tagged with it, or with one of its child tags.', example: 'tag:ukraine' },
  { syntax: 'site:name', meaning: 'From this site or address.', example: 'site:ndtv.com' },
  { syntax: 'author:name', meaning: 'Written by someone with this name.', example: 'author:"jane doe"' },
  { syntax: 'is:state', meaning: 'Unread, read, starred, archived or highlighted.', example: 'is:starred' },
  { syntax: 'before:date', meaning: 'Published before this day (year-month-day).', example: 'before:2025-03-18' },
  { syntax: 'after:date', meaning: 'Published after this day.', example: 'after:2025-01-31' },
  { syntax: 'lang:code', meaning: 'Written in this language.', example: 'lang:en' },
];
