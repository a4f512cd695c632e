import { describe, expect, it } from 'vitest';
import { isExternalWebUrl } from '../../../../../src/main/core/net/externalUrl';

describe('isExternalWebUrl', () => {
  it.each(['https://www.ndtv.com/world-news/story', 'http://example.org/a?b=c#d'])('accepts %s', (url) => {
    expect(isExternalWebUrl(url)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://news-archive/index.html',
    'smb://server/share',
    'https://user:secret@example.org/',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isExternalWebUrl(url)).toBe(false);
  });
});
