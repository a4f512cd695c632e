import type { parseHTML } from 'linkedom';

export type PageDocument = ReturnType<typeof parseHTML>['document'];

/**
 * The web address a saved page records for itself: the "saved from url" mark browsers write on saving,
 * else its canonical link, else og:url. Relative ones resolve against the saved-from address. Null when none is http(s).
 */
export function savedPageAddress(html: string, document: PageDocument): string | null {
  const savedFrom = /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  const candidates = [
    savedFrom,
    document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"][content]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const address = webAddress(candidate, savedFrom);
    if (address) return address;
  }
  return null;
}

/** `href` as an absolute http(s) address, or null. */
export function webAddress(href: string | null | undefined, base?: string): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
