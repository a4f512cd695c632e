import type { Config } from 'dompurify';
import { ASSET_SCHEME } from '../../../../shared/model/assets';

/** The class of the stand-in shown where an image could not be saved. */
export const MISSING_IMAGE_CLASS = 'na-missing-image';

/** What an article may keep: text structure, links, images, tables. No SVG/MathML, styles, forms, frames, media or embeds. */
const ALLOWED_TAGS = [
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
  'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section',
  'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];

const ALLOWED_ATTR = [
  'href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'headers', 'abbr', 'span', 'datetime', 'cite',
  'lang', 'dir', 'id', 'name', 'start', 'reversed', 'open', 'class', 'role', 'aria-label',
];

/**
 * DOMPurify's URI check also admits plain values (a width, a date), as its default does; which schemes may stand
 * in which attribute (archive-asset: in img src only, http(s)/mailto in href) is decided by the hooks.
 */
const URI = new RegExp(`^(?:(?:https?|mailto|${ASSET_SCHEME}):|[^a-z]|[a-z+.-]+(?:[^a-z+.\\-:]|$))`, 'i');

export const PURIFY_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: URI,
  // Free text that DOMPurify would otherwise test as an address once its spaces are gone ("Image not saved: A map").
  ADD_URI_SAFE_ATTR: ['aria-label', 'abbr', 'datetime'],
  ALLOWED_NAMESPACES: ['http://www.w3.org/1999/xhtml'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};
