import { describe, expect, it } from 'vitest';
import { classifyClipboard } from '../../../../src/renderer/src/features/capture/classifyClipboard';

// The shape of a story copied from a news site (../shared/fixtures/trump-putin-call.txt is one; the e2e test pastes it).
const copiedStory = [
  'Advertisement',
  'X',
  '',
  'Trump, Putin Call On Russia-Ukraine War, Call Went Well, White House Says',
  '',
  'Donald Trump, who called Vladimir Putin at 10 am Eastern Time (US), spoke to the Russian leader for over two hours.',
  '',
  'AP',
  '',
  "Moscow and Washington are already talking about \"dividing up certain assets,\" the US President had said.",
  '- and a line that starts like a list item',
].join('\n');

const clipboard = (flavours: Partial<{ text: string; html: string; uriList: string }>) => ({ text: '', html: '', uriList: '', ...flavours });

describe('classifyClipboard', () => {
  it('saves a copied link as an address, even when the clipboard also holds its HTML', () => {
    expect(classifyClipboard(clipboard({ text: ' https://news.example/a?b=1\n' }))).toEqual([{ kind: 'url', url: 'https://news.example/a?b=1' }]);
    expect(
      classifyClipboard(clipboard({ text: 'https://news.example/a', html: '<a href="https://news.example/a">https://news.example/a</a>' })),
    ).toEqual([{ kind: 'url', url: 'https://news.example/a' }]);
  });

  it('saves each link of a dropped uri-list, skipping comments and other schemes', () => {
    const uriList = '# from the browser\r\nhttps://a.example/1\r\nftp://b.example/2\r\nhttp://c.example/3';
    expect(classifyClipboard(clipboard({ uriList }))).toEqual([
      { kind: 'url', url: 'https://a.example/1' },
      { kind: 'url', url: 'http://c.example/3' },
    ]);
  });

  it('prefers the HTML flavour of copied page content, with its address when the clipboard names one', () => {
    const html = '<h1>Title</h1><p>Body text.</p>';
    expect(classifyClipboard(clipboard({ text: 'Title\n\nBody text.', html }))).toEqual([{ kind: 'html', html }]);
    expect(classifyClipboard(clipboard({ text: 'Title', html, uriList: 'https://news.example/story' }))).toEqual([
      { kind: 'html', html, url: 'https://news.example/story' },
    ]);
  });

  it('saves other text as plain text, or as Markdown when it reads like Markdown', () => {
    expect(classifyClipboard(clipboard({ text: copiedStory }))).toEqual([{ kind: 'text', text: copiedStory, format: 'text' }]);
    const markdown = '# Budget talks stall\n\nNegotiators left **without** agreement.\n';
    expect(classifyClipboard(clipboard({ text: markdown }))).toEqual([{ kind: 'text', text: markdown, format: 'markdown' }]);
  });

  it('finds nothing to save in an empty clipboard, or in whitespace', () => {
    expect(classifyClipboard(clipboard({}))).toEqual([]);
    expect(classifyClipboard(clipboard({ text: ' \n ', html: ' ' }))).toEqual([]);
  });
});
