/**
 * Markdown text keeps its character references as written (`&amp;`, `&#8212;`); this resolves
 * them the way a browser would. The text is parsed with every `<` escaped first, so it can hold no
 * markup: only the references are read, and nothing is ever put in the page as HTML.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const parsed = new DOMParser().parseFromString(text.replaceAll('<', '&lt;'), 'text/html');
  return parsed.body.textContent ?? text;
}
