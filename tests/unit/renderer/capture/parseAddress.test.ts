import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../../src/renderer/src/features/capture/parseAddress';

describe('parseAddress', () => {
  it('takes http and https addresses as they are', () => {
    expect(parseAddress('  https://news.example/story?id=4 ')).toEqual({ ok: true, url: 'https://news.example/story?id=4' });
    expect(parseAddress('http://127.0.0.1:8080/page')).toEqual({ ok: true, url: 'http://127.0.0.1:8080/page' });
  });

  it('adds https:// to a bare address, ports included', () => {
    expect(parseAddress('example.com/story')).toEqual({ ok: true, url: 'https://example.com/story' });
    expect(parseAddress('news.example:8443/a')).toEqual({ ok: true, url: 'https://news.example:8443/a' });
    expect(parseAddress('localhost:3000')).toEqual({ ok: true, url: 'https://localhost:3000/' });
  });

  it('refuses other schemes, naming the one given', () => {
    for (const typed of ['ftp://files.example/a.html', 'file:///home/ana/page.html', 'javascript:alert(1)', 'mailto:ana@example.com']) {
      const parsed = parseAddress(typed);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.message).toMatch(/^Only web pages can be saved from an address \(http:\/\/ or https:\/\/\), not “[a-z]+:” links\.$/);
    }
  });

  it('says what is wrong with an empty field, spaces or a single word', () => {
    expect(parseAddress('   ')).toEqual({ ok: false, message: 'Type or paste the address of the article you want to save.' });
    expect(parseAddress('example.com/a story')).toEqual({ ok: false, message: 'A web address has no spaces; check what was pasted.' });
    expect(parseAddress('news')).toEqual({ ok: false, message: 'That does not look like a web address.' });
    expect(parseAddress('https://')).toEqual({ ok: false, message: 'That does not look like a web address.' });
  });
});
