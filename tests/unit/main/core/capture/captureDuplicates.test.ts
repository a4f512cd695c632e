import { describe, expect, it } from 'vitest';
import { deferred, fakePage, fakeSources } from './captureFakes';
import { stepsOf, useCaptureService } from './useCaptureService';

const capture = useCaptureService();
const CANONICAL = 'https://news.example.com/story';

describe('saving what the library already holds', () => {
  it('answers with the article already saved under the same canonical address, storing nothing', async () => {
    const sources = fakeSources({
      'https://news.example.com/story?ref=home': fakePage({ title: 'First', canonicalUrl: CANONICAL, text: 'One text.' }),
      'https://m.news.example.com/story': fakePage({ title: 'Again', canonicalUrl: CANONICAL, text: 'Another text.' }),
    });
    const { service, events, extractor } = capture.start({ sources });
    const first = await service.settled(service.start({ kind: 'url', url: 'https://news.example.com/story?ref=home' }).id);
    const entries = await capture.contentEntries();
    const again = service.start({ kind: 'url', url: 'https://m.news.example.com/story' });

    expect(await service.settled(again.id)).toMatchObject({ state: 'duplicate', articleId: first.articleId, title: 'First', error: null });
    expect(stepsOf(events, again.id)).toEqual(['queued', 'fetching', 'extracting', 'duplicate']);
    expect(extractor.calls).toEqual(['extract', 'sanitize', 'extract']);
    expect(capture.library.articles.count()).toBe(1);
    expect(await capture.contentEntries()).toEqual(entries);
  });

  it('matches the requested or final address when the page names no canonical one', async () => {
    const page = fakePage({ url: 'https://blog.example.org/post', text: 'Words.' }, { requestedUrl: 'https://short.example/abc' });
    const sources = fakeSources({ 'https://short.example/abc': page, 'https://blog.example.org/post#comments': fakePage({ text: 'Other words.' }, { url: 'https://blog.example.org/post' }) });
    const { service } = capture.start({ sources });
    const first = await service.settled(service.start({ kind: 'url', url: 'https://short.example/abc' }).id);
    const again = await service.settled(service.start({ kind: 'url', url: 'https://short.example/abc' }).id);
    const byFinal = await service.settled(service.start({ kind: 'url', url: 'https://blog.example.org/post#comments' }).id);
    expect([again, byFinal].map((job) => [job.state, job.articleId])).toEqual([
      ['duplicate', first.articleId],
      ['duplicate', first.articleId],
    ]);
  });

  it('answers with the article whose extracted text is the same, whatever its address', async () => {
    const { service } = capture.start();
    const pasted = await service.settled(service.start({ kind: 'text', text: 'a', format: 'text' }).id);
    const again = await service.settled(service.start({ kind: 'html', html: '<p>b</p>', url: 'https://elsewhere.example/' }).id);
    expect(again).toMatchObject({ state: 'duplicate', articleId: pasted.articleId });
  });

  it('adds one article when the same page is saved twice at once', async () => {
    const sources = fakeSources({ [CANONICAL]: fakePage({ canonicalUrl: CANONICAL, images: ['https://cdn.example.com/1.png'] }) });
    const bothExtracted = deferred();
    let fetches = 0;
    sources.fetchImage.mockImplementation(async () => {
      if (++fetches === 2) bothExtracted.resolve();
      await bothExtracted.promise; // both saves are past the first duplicate check
      throw new Error('404');
    });
    const { service } = capture.start({ sources });
    const jobs = [service.start({ kind: 'url', url: CANONICAL }), service.start({ kind: 'url', url: CANONICAL })];
    const states = (await Promise.all(jobs.map((job) => service.settled(job.id)))).map((job) => job.state);
    expect(states.sort()).toEqual(['done', 'duplicate']);
    expect(capture.library.articles.count()).toBe(1);
    expect((await capture.contentEntries()).filter((entry) => !entry.includes('/'))).toHaveLength(1);
  });
});
