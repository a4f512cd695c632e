/**
 * Lines and blocks that news sites put around and inside a story but that are not part of it:
 * ad labels, share and comment buttons, newsletter prompts, "read more" teasers, photo credits.
 * Shared by the HTML path (short elements) and the plain-text path (lines copied with the page).
 */

const UI_PHRASES = [
  'advertisement', 'advertisements', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted', 'paid content',
  'story continues below advertisement', 'article continues below advertisement', 'continue reading below',
  'continue reading', 'scroll to continue with content', 'article continues below', 'story continues below',
  'read more', 'read also', 'also read', 'see also', 'related', 'related articles', 'related stories', 'related news',
  'recommended', 'recommended for you', 'more stories', 'more from this section', 'trending', 'trending now', 'most read', 'most popular',
  'share', 'share this', 'share this article', 'share this story', 'share article', 'tweet', 'email', 'e-mail', 'print',
  'copy link', 'link copied', 'whatsapp', 'facebook', 'twitter', 'linkedin', 'reddit', 'pinterest', 'telegram',
  'show comments', 'hide comments', 'view comments', 'comments', 'leave a comment', 'add a comment', 'join the conversation',
  'subscribe', 'subscribe now', 'sign up', 'sign in', 'log in', 'register', 'follow us', 'follow', 'download the app',
  'skip to content', 'skip to main content', 'listen to this article', 'listen', 'play', 'watch', 'video', 'image', 'photo',
  'loading', 'loading...', 'close', 'menu', 'back to top', 'top', 'next', 'previous', 'expand', 'collapse',
  'accept', 'accept all', 'accept cookies', 'reject all', 'manage cookies', 'cookie settings',
];
const UI_SET = new Set(UI_PHRASES);

/** Agencies and photo libraries whose name alone on a line is an image credit. */
const CREDIT_NAMES = new Set([
  'ap', 'afp', 'reuters', 'epa', 'pa', 'pti', 'ani', 'ians', 'uni', 'dpa', 'ansa', 'efe', 'xinhua', 'tass', 'bloomberg',
  'getty', 'getty images', 'afp via getty images', 'shutterstock', 'alamy', 'istock', 'file', 'file photo', 'ap photo', 'handout',
]);

const CREDIT_PREFIX = /^[([]?(?:photo|photograph|image|picture|pic|credit|illustration|video|source|file)(?:\s+credits?)?\s*(?::|by\b|\/|©)/i;
const COPYRIGHT = /^[([]?(?:©|\(c\)|copyright\b)/i;
const TEASER_PREFIX = /^(?:read more|read also|also read|see also|related|recommended|watch|listen|more|must read)\s*[:|»>-]/i;
const NEWSLETTER = /\b(?:sign up|subscribe)\b.*\b(?:newsletter|inbox|updates|alerts)\b|\bnewsletter\b.*\b(?:sign up|subscribe)\b/i;
const COOKIES = /\b(?:we|this site|this website)\s+uses?\s+cookies\b|\baccept (?:all )?cookies\b/i;
const COMMENT_COUNT = /^\d+\s+(?:comments?|replies|shares?)$/i;

const normalise = (line: string) => line.replace(/\s+/g, ' ').trim();
const bare = (line: string) => normalise(line).replace(/[.:!…»›>|·•\-–—]+$/u, '').trim().toLowerCase();

/** An image credit: "AP", "Reuters", "Photo: Jane Doe/AFP", "© Getty Images", "(AP Photo/Evan Vucci)". */
export function isCreditLine(line: string): boolean {
  const text = normalise(line);
  if (text.length > 120) return false;
  const inner = bare(text).replace(/^\(|\)$/g, '');
  const agencies = inner.split(/\s*[/,]\s*/);
  return agencies.every((part) => CREDIT_NAMES.has(part)) || CREDIT_PREFIX.test(text) || COPYRIGHT.test(text);
}

/** A stray token a copy-paste picks up from icons and avatars: "X", "KR", "•". Never a sentence. */
export function isLoneToken(line: string): boolean {
  const text = normalise(line);
  return text.length > 0 && text.length <= 3 && !/\d/.test(text) && !/[.!?]$/.test(text);
}

/** A short block that is page furniture rather than article text: labels, buttons, teasers, credits, prompts. */
export function isFurniture(block: string): boolean {
  const text = normalise(block);
  if (UI_SET.has(bare(text)) || COMMENT_COUNT.test(text) || isCreditLine(text)) return true;
  if (text.length <= 200 && (TEASER_PREFIX.test(text) || NEWSLETTER.test(text))) return true;
  return text.length <= 400 && COOKIES.test(text);
}

/** A line of copied text that is not article text: furniture, or a stray token from an icon. */
export function isClutterLine(line: string): boolean {
  return normalise(line) === '' || isFurniture(line) || isLoneToken(line);
}

const BYLINE = /^(?:by|written by|words by|reporting by|von|par|por)\s+(.{2,120})$/i;

/** The names of a byline line ("By Jane Doe and John Roe"), or null when the line is not one. */
export function bylineNames(line: string): string | null {
  const match = BYLINE.exec(normalise(line));
  return match?.[1] && !/[.!?]$/.test(match[1]) ? match[1] : null;
}
