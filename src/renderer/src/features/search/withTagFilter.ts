/** The query narrowed to a tag (and its children), as `tag:` reads it: quoted when the name has spaces. */
export function withTagFilter(query: string, tag: string): string {
  const value = /\s/.test(tag) ? `"${tag}"` : tag;
  return `${query.trimEnd()} tag:${value} `;
}
