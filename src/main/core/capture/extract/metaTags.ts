/** The page's <meta> values by lower-cased name, property or itemprop; the first non-empty value wins. */
export function readMetaTags(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const content = meta.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (!content) continue;
    const keys = [meta.getAttribute('name'), meta.getAttribute('property'), meta.getAttribute('itemprop'), meta.getAttribute('http-equiv')];
    // `property` may hold several space-separated names ("og:title twitter:title").
    for (const key of keys.flatMap((k) => k?.toLowerCase().split(/\s+/) ?? [])) {
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

/** The first of `keys` the page has a value for. */
export function firstMeta(meta: ReadonlyMap<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return null;
}
