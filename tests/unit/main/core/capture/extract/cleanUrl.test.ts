import { describe, expect, it } from 'vitest';
import { absoluteHttpUrl, canonicalUrl } from '../../../../../../src/main/core/capture/extract/cleanUrl';

describe('canonicalUrl', () => {
  it('resolves against the page and drops tracking parameters and the fragment, keeping the rest', () => {
    const href = '/story?id=7&utm_source=x&utm_campaign=y&fbclid=a&gclid=b&dclid=c&msclkid=d&mc_cid=e&mc_eid=f&igshid=g&_ga=h&yclid=i&ref_src=j#top';
    expect(canonicalUrl(href, 'https://news.example/a/b')).toBe('https://news.example/story?id=7');
    expect(canonicalUrl('https://news.example/x?utm_medium=social', null)).toBe('https://news.example/x');
  });

  it('accepts only http(s)', () => {
    expect(canonicalUrl('javascript:alert(1)', 'https://news.example/')).toBeNull();
    expect(absoluteHttpUrl('ftp://files.example/a', null)).toBeNull();
    expect(absoluteHttpUrl('relative', null)).toBeNull();
  });
});
