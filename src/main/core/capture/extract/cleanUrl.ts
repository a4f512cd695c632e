const TRACKING = /^(?:utm_.*|fbclid|gclid|gclsrc|dclid|wbraid|gbraid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|yclid|ref_src|ref_url|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wt_mc|cmpid|ocid|s_cid|sr_share|__twitter_impression)$/i;

/** `href` resolved against `base`, http(s) only, or null. */
export function absoluteHttpUrl(href: string | null | undefined, base: string | null): string | null {
  const text = href?.trim();
  if (!text) return null;
  try {
    const url = base ? new URL(text, base) : new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The address people should cite: absolute, without tracking parameters or fragment. */
export function canonicalUrl(href: string | null | undefined, base: string | null): string | null {
  const absolute = absoluteHttpUrl(href, base);
  if (!absolute) return null;
  const url = new URL(absolute);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  if (url.searchParams.size === 0) url.search = '';
  return url.href;
}
