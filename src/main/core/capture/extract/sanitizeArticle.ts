import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { ASSET_SCHEME } from '../../../../shared/model/assets';
import type { ImagePlan } from '../types';
import { MISSING_IMAGE_CLASS, PURIFY_CONFIG } from './purifyPolicy';

const WEB = /^https?:\/\//i;
const LINK = /^(?:https?:\/\/|mailto:)/i;
const ASSET = new RegExp(`^${ASSET_SCHEME}://[^/?#\\s]+/[^?#\\s]+$`, 'i');

/** The plan of the sanitize call in progress; the hooks read it (DOMPurify runs synchronously, one call at a time). */
let plan: ImagePlan | null = null;
let purifier: DOMPurify | null = null;

/** Where an image may point after sanitizing: its saved asset, its web address (keep-remote), or nowhere. */
function imageTarget(src: string): string | null {
  if (plan?.kind === 'keep-remote') return WEB.test(src) ? src : null;
  const asset = plan?.images[src];
  return asset && ASSET.test(asset) ? asset : null;
}

function missingImage(img: Element): Element {
  const alt = img.getAttribute('alt')?.replace(/\s+/g, ' ').trim();
  const span = img.ownerDocument.createElement('span');
  span.setAttribute('class', MISSING_IMAGE_CLASS);
  span.setAttribute('role', 'img');
  span.setAttribute('aria-label', alt ? `Image not saved: ${alt}` : 'Image not saved');
  span.textContent = 'Image not saved';
  return span;
}

function addHooks(purify: DOMPurify): void {
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const value = data.attrValue.trim();
    if (data.attrName === 'href' || data.attrName === 'cite') data.keepAttr = LINK.test(value);
    if (data.attrName === 'class') data.keepAttr = node.tagName === 'SPAN' && value === MISSING_IMAGE_CLASS;
    // An image's address is replaced before DOMPurify checks it: the page's own address may be one the
    // allowlist refuses (a saved page's file:), its saved copy never is.
    if (node.tagName === 'IMG' && data.attrName === 'src') {
      const target = imageTarget(value);
      data.attrValue = target ?? '';
      data.keepAttr = target !== null;
    }
  });
  // An image left without an address becomes the "Image not saved" stand-in; put in the image's place, it is the next node
  // DOMPurify visits, so it is sanitized like the rest.
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'IMG' && !node.getAttribute('src')) node.replaceWith(missingImage(node));
  });
}

/** One DOMPurify over one jsdom window, made on first use and kept: a window costs far more than a sanitize. */
function getPurifier(): DOMPurify {
  if (!purifier) {
    purifier = createDOMPurify(new JSDOM('').window as unknown as WindowLike);
    addHooks(purifier);
  }
  return purifier;
}

/** The article's HTML made safe to store and show, images pointing where the plan says. The last step: never edit the result. */
export function sanitizeArticle(input: { html: string; images: ImagePlan }): string {
  const purify = getPurifier();
  plan = input.images;
  try {
    return purify.sanitize(input.html, PURIFY_CONFIG);
  } finally {
    plan = null;
  }
}
