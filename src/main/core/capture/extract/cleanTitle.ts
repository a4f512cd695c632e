const SEPARATOR = /\s+[|\-–—·»/]{1,2}\s+/g;
/** A host name standing as a site's name: "Aktuálně.cz", "Example.com". */
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The names a site goes by: its stated name and its host's main label ("www.theverge.com" -> "theverge"). */
function siteNames(siteName: string | null, url: string | null): string[] {
  const names = siteName ? [squash(siteName)] : [];
  if (url) {
    try {
      const labels = new URL(url).hostname.replace(/^www\d*\./, '').split('.');
      names.push(squash(labels.length > 1 ? labels.slice(0, -1).join('') : labels.join('')), squash(labels.join('')));
    } catch {
      // no usable address: the stated name alone
    }
  }
  return names.filter((name) => name.length > 1);
}

/** The headline without the site's name around it: "Headline — The Site" and "The Site | Headline" become "Headline". */
export function cleanTitle(title: string, siteName: string | null, url: string | null): string {
  const text = title.replace(/\s+/g, ' ').trim();
  const names = siteNames(siteName, url);
  const isSite = (part: string) => {
    const candidate = squash(part).replace(/^the/, '');
    return DOMAIN.test(part) || names.some((name) => candidate.length >= 3 && name.replace(/^the/, '').startsWith(candidate));
  };
  const separators = [...text.matchAll(SEPARATOR)];
  const last = separators.at(-1);
  if (last?.index !== undefined && isSite(text.slice(last.index + last[0].length))) return text.slice(0, last.index).trim();
  const first = separators[0];
  if (first?.index !== undefined && isSite(text.slice(0, first.index))) return text.slice(first.index + first[0].length).trim();
  return text;
}
