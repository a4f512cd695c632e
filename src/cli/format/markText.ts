import type { TextMark } from '../../shared/model/search';

/** How matched words stand out: bold on a terminal, «guillemets» in a file or a pipe. */
export interface TextStyle {
  mark: (text: string) => string;
  /** For what is there to look up rather than read (where an article is from, its id). */
  faint: (text: string) => string;
}

export const TERMINAL_STYLE: TextStyle = { mark: (text) => `\x1b[1m${text}\x1b[22m`, faint: (text) => `\x1b[2m${text}\x1b[22m` };
export const PLAIN_STYLE: TextStyle = { mark: (text) => `«${text}»`, faint: (text) => text };

/** The text with each marked range styled; ranges that touch or overlap (CJK words, one per character) are styled as one. */
export function markText(text: string, marks: readonly TextMark[], style: TextStyle): string {
  const merged: TextMark[] = [];
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (end > start) merged.push([start, end]);
  }
  let out = '';
  let done = 0;
  for (const [start, end] of merged) {
    out += text.slice(done, start) + style.mark(text.slice(start, end));
    done = end;
  }
  return out + text.slice(done);
}
