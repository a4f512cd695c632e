import { titleSlug } from '../annotations/export/titleSlug';

/**
 * A file name stem for each title, in order: its slug, and for a slug already taken `-2`, `-3`... Compared
 * without case, since macOS and Windows folders do not tell `News` from `news`.
 */
export function uniqueNames(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title) => {
    const stem = titleSlug(title) || 'article';
    let name = stem;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
