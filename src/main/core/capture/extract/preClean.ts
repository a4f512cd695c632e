import { isFurniture } from './clutterText';

/** Class and id words that name page furniture: ads, share bars, newsletter boxes, related links, cookie banners. */
const CLUTTER_WORDS = new Set([
  'ad', 'ads', 'adslot', 'adunit', 'advert', 'adverts', 'advertisement', 'advertising', 'dfp', 'sponsor', 'sponsored', 'promo',
  'share', 'sharing', 'sharebar', 'shares', 'social', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup',
  'related', 'recommended', 'recommendations', 'recirc', 'outbrain', 'taboola', 'cookie', 'cookies', 'consent', 'gdpr',
  'paywall', 'popup', 'modal', 'overlay', 'toast', 'readmore', 'comments', 'disqus', 'credit', 'credits', 'copyright',
]);
const REMOVED = 'form, button, dialog, [role="dialog"], [role="alertdialog"], [hidden], template';
const KEPT = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

const words = (value: string) => value.split(/[\s_-]+|(?<=[a-z])(?=[A-Z])/).map((word) => word.toLowerCase());

function namesClutter(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return names.trim() !== '' && words(names).some((word) => CLUTTER_WORDS.has(word));
}

/** Long, mostly unlinked text is the story itself, whatever its container is called. */
function looksLikeStory(element: Element): boolean {
  if (element.querySelector('article')) return true;
  const text = element.textContent?.length ?? 0;
  if (text < 800) return false;
  const linked = [...element.querySelectorAll('a')].reduce((sum, a) => sum + (a.textContent?.length ?? 0), 0);
  return linked / text < 0.5;
}

/** Not a word inside a sentence: no text right beside it ("posted on <a>X</a>" keeps its link). */
function standsAlone(element: Element): boolean {
  const isText = (node: Node | null) => node?.nodeType === 3 && Boolean(node.nodeValue?.trim());
  return !isText(element.previousSibling) && !isText(element.nextSibling);
}

function isShortFurniture(element: Element): boolean {
  if (element.childElementCount > 3 || !standsAlone(element)) return false;
  const text = element.textContent ?? '';
  return text.length <= 400 && text.trim() !== '' && isFurniture(text) && !element.querySelector('img, picture, video');
}

/**
 * Removes site clutter before Readability scores the page, so it can neither win nor be kept:
 * widgets named as such, forms and dialogs, and short blocks whose whole text is a label, button, teaser or credit.
 */
export function preClean(document: Document): void {
  for (const element of document.querySelectorAll(REMOVED)) element.remove();
  for (const element of [...document.querySelectorAll('body *')]) {
    if (!element.isConnected || KEPT.has(element.tagName.toUpperCase())) continue;
    if ((namesClutter(element) && !looksLikeStory(element)) || isShortFurniture(element)) element.remove();
  }
}
