import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMarkdown, extractPlainText } from '../../../../../../src/main/core/capture/extract/extractText';

const repo = resolve(import.meta.dirname, '../../../../../..');
const shared = (name: string) => readFileSync(resolve(repo, '../shared/fixtures', name), 'utf8');
const local = (name: string) => readFileSync(resolve(repo, 'tests/fixtures/capture', name), 'utf8');

describe('extractPlainText', () => {
  it('turns a story copied with its clutter into a clean article (trump-putin-call.txt)', () => {
    const article = extractPlainText(shared('trump-putin-call.txt'), null);
    expect(article.title).toBe('Trump, Putin Call On Russia-Ukraine War, Call Went Well, White House Says');
    expect(article.excerpt).toMatch(/^Donald Trump, who called Vladimir Putin at 10 am .*two hours\.$/);
    expect(article.text.startsWith('Three weeks after a failed meeting')).toBe(true);
    expect(article.text.endsWith('he added.')).toBe(true);
    expect(article.text).toBe(local('trump-putin-call.expected.txt').trim());
    const lines = article.text.split('\n');
    for (const clutter of ['Advertisement', 'X', 'AP', 'Show comments', 'KR']) expect(lines).not.toContain(clutter);
    expect(article.wordCount).toBeGreaterThan(400);
    expect(article.readingMinutes).toBe(Math.ceil(article.wordCount / 230));
  });

  it('takes bylines as authors and drops UI words, teasers, credits, datelines and comment counts', () => {
    const article = extractPlainText(local('library-hours.txt'), 'https://news.example/library?utm_source=x&fbclid=1#top');
    expect(article.title).toBe('City Library To Open Seven Days A Week From September');
    expect(article.authors).toEqual(['Ana Lopes', 'Mark Fenwick']);
    expect(article.excerpt).toBeNull();
    expect(article.text).toBe(local('library-hours.expected.txt').trim());
    expect(article.canonicalUrl).toBe('https://news.example/library');
  });

  it('without a headline-like first line, titles the article by its first words and keeps every paragraph', () => {
    const text = 'This is the first paragraph of a note that runs on, as notes do, well beyond any headline length.\n\nA second one.';
    const article = extractPlainText(text, null);
    expect(article.title).toBe('This is the first paragraph of a note that runs on, as…');
    expect(article.text).toBe(text);
  });

  it('joins hard-wrapped lines into paragraphs', () => {
    const text = 'Wrapped Story Headline\n\nThis paragraph was wrapped by an email program at a fixed\nwidth so every line runs nearly the full width of the\nblock until it ends.\n\nSecond paragraph.';
    expect(extractPlainText(text, null).text).toBe(
      'This paragraph was wrapped by an email program at a fixed width so every line runs nearly the full width of the block until it ends.\n\nSecond paragraph.',
    );
  });

  it('refuses text with nothing but clutter', () => {
    expect(() => extractPlainText('Advertisement\n\nShare\n\nX', null)).toThrow(expect.objectContaining({ code: 'nothing-to-save' }));
  });
});

describe('extractMarkdown', () => {
  it('takes the first # heading as title, the standfirst before the photo credit as excerpt, and keeps structure', () => {
    const article = extractMarkdown(local('river-survey.md'), null);
    expect(article.title).toBe('River survey finds otters back in the upper valley');
    expect(article.excerpt).toBe('Ecologists counted eleven otter holts along a stretch of river where none were seen twenty years ago.');
    expect(article.text).toBe(local('river-survey.expected.txt').trim());
    expect(article.html).toContain('<h2>Why they came back</h2>');
    expect(article.html).toContain('<blockquote>');
    expect(article.html).toContain('href="https://wildlifetrust.example/reports/otters-2024"');
  });
});
