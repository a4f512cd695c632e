/**
 * The tags in one CSV cell: a JSON array (`["a","b"]`, Instapaper), a Python list (`['a', "it's"]`, Readwise),
 * or plain text split by `separator` (Raindrop's `a, b`).
 */
export function listCell(text: string | undefined, separator = ','): string[] {
  const value = text?.trim() ?? '';
  if (!value.startsWith('[')) return value.split(separator);
  return [...value.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)].map(([, double, single]) => unescape(double ?? single ?? ''));
}

const unescape = (text: string): string => text.replace(/\\u([0-9a-f]{4})|\\(.)/gi, (_, hex: string | undefined, char: string) => (hex ? String.fromCharCode(parseInt(hex, 16)) : char));
