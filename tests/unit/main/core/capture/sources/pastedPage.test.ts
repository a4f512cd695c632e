import { describe, expect, it } from 'vitest';
import { pastedPage } from '../../../../../../src/main/core/capture/sources/pastedPage';
import { PROSE } from './samples';

describe('pastedPage', () => {
  it('keeps pasted text in its format', () => {
    expect(pastedPage({ kind: 'text', text: PROSE.ru, format: 'text' })).toEqual({
      bytes: new TextEncoder().encode(PROSE.ru),
      rawKind: 'text',
      text: PROSE.ru,
      format: 'text',
      url: null,
      baseUrl: null,
      source: 'paste',
      requestedUrl: null,
      httpStatus: null,
      contentType: 'text/plain; charset=utf-8',
      fileName: null,
      resources: new Map(),
    });
    expect(pastedPage({ kind: 'text', text: '# Title', format: 'markdown', url: 'https://example.org/notes' })).toMatchObject({
      rawKind: 'markdown',
      format: 'markdown',
      url: 'https://example.org/notes',
      contentType: 'text/markdown; charset=utf-8',
    });
  });

  it('keeps pasted HTML as HTML, its address given or recorded in it', () => {
    const html = '<html><head><link rel="canonical" href="https://news.example.com/story"></head><body><p>Pasted</p></body></html>';
    expect(pastedPage({ kind: 'html', html })).toMatchObject({ rawKind: 'html', format: 'html', text: html, url: 'https://news.example.com/story', source: 'paste' });
    expect(pastedPage({ kind: 'html', html, url: 'https://news.example.com/story?page=2' }).url).toBe('https://news.example.com/story?page=2');
    expect(pastedPage({ kind: 'html', html: '<p>Fragment</p>' }).url).toBeNull();
  });

  it('records no origin that is not a web address', () => {
    expect(pastedPage({ kind: 'text', text: 'x', format: 'text', url: 'file:///home/me/notes.txt' }).url).toBeNull();
  });
});
