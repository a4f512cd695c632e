import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../../../../src/main/core/capture/extract/extractHtml';

const local = (name: string) => readFileSync(resolve(import.meta.dirname, '../../../../../fixtures/capture', name), 'utf8');
const paragraphs = (count: number, word: string) => Array.from({ length: count }, (_, i) => `<p>${word} paragraph ${i} ${'tells the story at some length, '.repeat(6)}</p>`).join('');

describe('extractHtml', () => {
  it('extracts a cluttered news page: metadata, body without standfirst, byline, ads, share bar, teasers, newsletter', () => {
    const article = extractHtml(local('harbour-news.html'), 'https://www.coastalherald.example/news/harbour-bridge-repairs');
    expect(article).toMatchObject({
      title: 'Harbour bridge to close for six months of repairs',
      excerpt: "Commuters face long detours as engineers replace the bridge's corroded cables.",
      authors: ['Priya Raman'],
      siteName: 'The Coastal Herald',
      publishedAt: '2024-03-18T07:30:00+00:00',
      modifiedAt: '2024-03-18T09:05:00+00:00',
      lang: 'en-GB',
      canonicalUrl: 'https://www.coastalherald.example/news/harbour-bridge-repairs?id=42',
      leadImage: 'https://www.coastalherald.example/images/bridge-lead.jpg',
      images: ['https://www.coastalherald.example/images/bridge-1280.jpg'],
    });
    expect(article.text).toBe(local('harbour-news.expected.txt').trim());
    expect(article.html).not.toMatch(/srcset|Advertisement|newsletter/i);
    expect(article.readingMinutes).toBe(Math.ceil(article.wordCount / 230));
  });

  it('takes the first paragraph of the story as the excerpt when the page has no description, never the byline', () => {
    const page = `<html><head><title>Ferry strike ends</title></head><body><article><h1>Ferry strike ends</h1>
      <p>By Mara Lindqvist, 12 March 2025</p><p>Ferries ran again on Tuesday after a two-week strike ended overnight.</p>${paragraphs(5, 'Ferry')}</article></body></html>`;
    const article = extractHtml(page, 'https://news.example/ferry');
    expect(article.authors).toEqual(['Mara Lindqvist']);
    expect(article.excerpt).toBe('Ferries ran again on Tuesday after a two-week strike ended overnight.');
  });

  it('reads JSON-LD @graph articles, authors as string, object, array or reference, and keeps the date offset', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example Times' },
        { '@type': 'Person', '@id': '#lee', name: 'Sam Lee' },
        {
          '@type': ['ReportageNewsArticle'],
          headline: 'Storm closes ports',
          author: ['By Ana Ruiz', { '@type': 'Person', name: 'Jo Park' }, { '@id': '#lee' }, 'Ana Ruiz'],
          publisher: { '@type': 'Organization', name: 'Example Times' },
          datePublished: '2024-01-02T03:04:05-0500',
          inLanguage: 'en',
        },
      ],
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article>${paragraphs(4, 'Port')}</article></body></html>`;
    expect(extractHtml(html, 'https://example.com/a')).toMatchObject({
      title: 'Storm closes ports',
      authors: ['Ana Ruiz', 'Jo Park', 'Sam Lee'],
      siteName: 'Example Times',
      publishedAt: '2024-01-02T03:04:05-05:00',
      modifiedAt: null,
      lang: 'en',
    });
  });

  it("uses JSON-LD's articleBody when the page's own body is thin", () => {
    const body = 'First full paragraph of the story, long enough to matter.\nSecond full paragraph, which the page hides behind a script.\n'.repeat(8);
    const ld = { '@type': 'NewsArticle', headline: 'Hidden story', articleBody: body };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><p>Only a teaser here.</p></article></body></html>`;
    const article = extractHtml(html, null);
    expect(article.text.split('\n\n')).toHaveLength(16);
    expect(article.text.startsWith('First full paragraph')).toBe(true);
  });

  it('resolves lazy images and links against <base>, one best src each, without repeats; drops javascript: links', () => {
    const html = `<html><head><base href="https://cdn.example/story/"></head><body><article>${paragraphs(3, 'Lazy')}
      <p><img src="data:image/gif;base64,R0lGOD" data-src="a.jpg" alt="A"> <a href="../about">about</a> <a href="javascript:alert(1)">js</a></p>
      <picture><source srcset="b-800.webp 800w, b-1600.webp 1600w"><img src="b.jpg" alt="B"></picture><img src="a.jpg">${paragraphs(2, 'More')}</article></body></html>`;
    const article = extractHtml(html, 'https://example.com/x');
    expect(article.images).toEqual(['https://cdn.example/story/a.jpg', 'https://cdn.example/story/b-1600.webp']);
    expect(article.html).toContain('href="https://cdn.example/about"');
    expect(article.html).not.toMatch(/javascript:|data-src|<source/);
    expect(article.leadImage).toBe('https://cdn.example/story/a.jpg');
  });

  it('refuses a page without article text (a script-rendered shell, or nothing but furniture)', () => {
    const shell = '<html><body><div id="root"></div><script src="/app.js"></script></body></html>';
    const furniture = '<html><body><div class="share"><a href="/s">Share</a></div><p>Advertisement</p></body></html>';
    for (const page of [shell, furniture]) expect(() => extractHtml(page, null)).toThrow(
      expect.objectContaining({ code: 'nothing-to-save', message: 'No article text was found on that page.' }),
    );
  });
});
