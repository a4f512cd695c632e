/** Longest slug kept, in characters: file names stay well inside every system's limit. */
const SLUG_MAX = 80;

/**
 * A title as the stem of a file name safe on Windows, macOS and Linux: letters and digits of any script,
 * lowercased and joined by hyphens (no separators, no reserved characters, no trailing dot or space).
 * Empty when the title has no letter or digit.
 */
export function titleSlug(title: string): string {
  const words = title
    // Accents off Latin letters (é -> e); other scripts' marks (the dakuten of ガ) recombine as they were.
    .normalize('NFKD')
    .replace(/([a-z])\p{M}+/giu, '$1')
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX) return slug || word.slice(0, SLUG_MAX);
    slug = next;
  }
  return slug;
}
