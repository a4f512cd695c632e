import { absoluteHttpUrl } from './cleanUrl';
import { bestImageSource } from './imageSource';

/** The address relative links resolve against: the page's <base href>, else its own URL. */
export function documentBase(document: Document, pageUrl: string | null): string | null {
  const base = document.querySelector('base[href]')?.getAttribute('href');
  return absoluteHttpUrl(base, pageUrl) ?? pageUrl;
}

/**
 * An image's absolute address: http(s), or, inside a saved page that records no web address, a file:
 * address within its own folder's reach. Capture takes those from the page's saved resources only
 * (never from the disk at large), and the sanitizer never lets a file: address through.
 */
function absoluteImageUrl(src: string | null, base: string | null): string | null {
  if (!base?.startsWith('file:') || !src) return absoluteHttpUrl(src, base);
  try {
    const url = new URL(src.trim(), base);
    return url.protocol === 'file:' || url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const IMAGE_ATTRIBUTES = /^(?:srcset|sizes|loading|decoding|data-.*)$/i;

/**
 * Makes the article's links and images absolute and each image a single `src`; returns the images'
 * addresses in order without repeats. Links that lead nowhere (javascript:, unresolvable) lose their href;
 * images with no usable address are dropped.
 */
export function resolveArticleUrls(root: Element, base: string | null): string[] {
  for (const link of root.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!;
    const absolute = /^mailto:/i.test(href) ? href : absoluteHttpUrl(href, base);
    if (absolute) link.setAttribute('href', absolute);
    else link.removeAttribute('href');
  }
  const images = new Set<string>();
  for (const img of root.querySelectorAll('img')) {
    const src = absoluteImageUrl(bestImageSource(img), base);
    const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
    if (picture) picture.replaceWith(img);
    if (!src) {
      img.remove();
      continue;
    }
    for (const name of img.getAttributeNames()) if (IMAGE_ATTRIBUTES.test(name)) img.removeAttribute(name);
    img.setAttribute('src', src);
    images.add(src);
  }
  for (const source of root.querySelectorAll('picture source')) source.remove();
  return [...images];
}
