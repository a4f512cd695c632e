import { describe, expect, it } from 'vitest';
import { trustedSender } from '../../../../src/main/ipc/trustedSender';

const isTrusted = trustedSender('app://news-archive');
const mainFrame = { url: 'app://news-archive/index.html', parent: null };

describe('trustedSender', () => {
  it("trusts the main frame of our renderer's origin", () => {
    expect(isTrusted(mainFrame)).toBe(true);
  });

  it.each([
    ['a frame that is gone', null],
    ['a sub-frame of our page', { url: 'app://news-archive/index.html', parent: mainFrame }],
    ["the reader's srcdoc frame", { url: 'about:srcdoc', parent: mainFrame }],
    ['a page on the web', { url: 'https://example.com/', parent: null }],
    ['another host of our scheme', { url: 'app://news-archive.evil/index.html', parent: null }],
    ['a local file', { url: 'file:///tmp/index.html', parent: null }],
  ])('refuses %s', (_what, frame) => {
    expect(isTrusted(frame)).toBe(false);
  });
});
