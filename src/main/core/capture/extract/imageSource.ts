/** Attributes lazy-loading scripts keep the real address in, most specific first. */
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'srcset'];
const MAX_WIDTH = 2000;

interface Candidate {
  url: string;
  size: number;
}

function parseSrcset(srcset: string): Candidate[] {
  return srcset
    .split(/,\s+/)
    .map((entry) => entry.trim().split(/\s+/))
    .filter(([url]) => url && !url.startsWith('data:'))
    .map(([url, descriptor = '1x']) => ({ url: url!.replace(/,$/, ''), size: Number.parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1) || 1 }));
}

/** The largest candidate up to a sensible width (an archive wants detail, not a 6000-pixel original). */
function bestOf(candidates: Candidate[]): string | null {
  const fitting = candidates.filter((c) => c.size <= MAX_WIDTH).sort((a, b) => b.size - a.size);
  return fitting[0]?.url ?? [...candidates].sort((a, b) => a.size - b.size)[0]?.url ?? null;
}

const isFiller = (src: string | null) => !src || src.startsWith('data:') || /(?:blank|spacer|place[-_]?holder|pixel|transparent)\.(?:gif|png)/i.test(src);

/** The one address that best shows an <img>: srcset and lazy-loading attributes, and a <picture>'s sources. */
export function bestImageSource(img: Element): string | null {
  const sources = img.parentElement?.tagName === 'PICTURE' ? [...img.parentElement.querySelectorAll('source[srcset]')] : [];
  const srcsets = [img, ...sources].flatMap((el) => LAZY_SRCSET.map((name) => el.getAttribute(name) ?? '')).filter(Boolean);
  const fromSrcset = bestOf(srcsets.flatMap(parseSrcset));
  if (fromSrcset) return fromSrcset;
  const lazy = LAZY_SRC.map((name) => img.getAttribute(name)).find((value) => value && !isFiller(value));
  const src = img.getAttribute('src');
  return lazy ?? (isFiller(src) ? null : src);
}
