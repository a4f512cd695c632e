import { parseHTML } from 'linkedom';
import type { CaptureInput } from '../../../../shared/model/capture';
import type { RawPage } from '../types';
import { savedPageAddress, webAddress } from './savedPageAddress';

/**
 * Pasted text or HTML as a page. `url` says where it came from; an address that is not a web address is
 * no origin worth recording and is left out. Pasted HTML without one may still name its own (canonical, og:url).
 */
export function pastedPage(input: Extract<CaptureInput, { kind: 'text' | 'html' }>): RawPage {
  const text = input.kind === 'html' ? input.html : input.text;
  const format = input.kind === 'html' ? 'html' : input.format;
  const url = webAddress(input.url) ?? (format === 'html' ? savedPageAddress(text, parseHTML(text).document) : null);
  return {
    bytes: new TextEncoder().encode(text),
    rawKind: format,
    text,
    format,
    url,
    baseUrl: url,
    source: 'paste',
    requestedUrl: null,
    httpStatus: null,
    contentType: `${format === 'html' ? 'text/html' : format === 'text' ? 'text/plain' : 'text/markdown'}; charset=utf-8`,
    fileName: null,
    resources: new Map(),
  };
}
