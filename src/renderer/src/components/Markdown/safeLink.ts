/** The address a note's link may open: an absolute http(s) address, or null for anything else (`javascript:`, `file:`, relative). */
export function safeLink(href: string): string | null {
  if (!URL.canParse(href)) return null;
  const url = new URL(href);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
