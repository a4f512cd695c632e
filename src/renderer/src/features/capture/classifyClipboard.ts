import type { CaptureInput } from '../../../../shared/model/capture';
import { looksLikeMarkdown } from '../../../../shared/text/looksLikeMarkdown';

/** The text flavours of a paste or a drop. Missing flavours are empty strings, as DataTransfer gives them. */
export interface ClipboardText {
  text: string;
  html: string;
  uriList: string;
}

/** The text as one http(s) address, or null when it is anything more or else. */
export function webAddressIn(text: string): string | null {
  const candidate = text.trim();
  if (!/^https?:\/\/\S+$/i.test(candidate)) return null;
  try {
    return new URL(candidate).href;
  } catch {
    return null;
  }
}

/** The web addresses of a text/uri-list: one per line, '#' lines are comments. */
function linksIn(uriList: string): string[] {
  return uriList
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('#'))
    .map(webAddressIn)
    .filter((url): url is string => url !== null);
}

/**
 * What to save from pasted or dropped text: links as addresses (a link is what people mean when
 * they paste one, even though the clipboard often holds its HTML too), then the HTML flavour,
 * then the text, as Markdown when it reads like it.
 */
export function classifyClipboard({ text, html, uriList }: ClipboardText): CaptureInput[] {
  const links = linksIn(uriList);
  const address = webAddressIn(text);
  if (address) return [{ kind: 'url', url: address }];
  if (links.length > 0 && !text.trim()) return links.map((url) => ({ kind: 'url', url }));
  if (html.trim()) return [links[0] ? { kind: 'html', html, url: links[0] } : { kind: 'html', html }];
  if (links.length > 0) return links.map((url) => ({ kind: 'url', url }));
  if (text.trim()) return [{ kind: 'text', text, format: looksLikeMarkdown(text) ? 'markdown' : 'text' }];
  return [];
}
