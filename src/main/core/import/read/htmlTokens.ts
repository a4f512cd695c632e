/**
 * A forgiving scan of the tag soup bookmark files are written in (`<DT>` never closed, `<p>` anywhere): tags and
 * text in order, each with its line. A DOM parser would rebuild a tree those files do not really have.
 */
export type HtmlToken =
  | { kind: 'open'; name: string; attributes: Map<string, string>; line: number }
  | { kind: 'close'; name: string; line: number }
  | { kind: 'text'; text: string; line: number };

const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)|</g;
const ATTRIBUTE = /([^\s=/>"']+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

export function* htmlTokens(html: string): Generator<HtmlToken> {
  let line = 1;
  let counted = 0;
  for (const match of html.matchAll(TOKEN)) {
    line += countLines(html, counted, match.index);
    counted = match.index;
    const [whole, slash, name, attributes, text] = match;
    if (name) yield slash ? { kind: 'close', name: name.toLowerCase(), line } : { kind: 'open', name: name.toLowerCase(), attributes: parseAttributes(attributes ?? ''), line };
    else if (text !== undefined) yield { kind: 'text', text: decodeEntities(text), line };
    else if (whole === '<') yield { kind: 'text', text: '<', line };
  }
}

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of text.matchAll(ATTRIBUTE)) attributes.set(name!.toLowerCase(), decodeEntities(double ?? single ?? bare ?? ''));
  return attributes;
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The character references bookmark files use: the five XML ones, `&nbsp;`, and numeric ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return Object.hasOwn(NAMED, body.toLowerCase()) ? NAMED[body.toLowerCase()]! : reference;
  });
}
