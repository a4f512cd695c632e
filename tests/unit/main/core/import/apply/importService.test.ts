import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../../src/shared/ipc/result';
import { fakePage } from '../../capture/captureFakes';
import { importSources, pocketCsv, useImport } from './importFakes';

const setup = useImport();

const wallabag = JSON.stringify([
  {
    url: 'https://news.example.com/carbon',
    title: 'Carbon budgets',
    content: '<p>The budget is nearly spent.</p><script>alert(1)</script><p>Act now.</p>',
    tags: ['climate', 'policy'],
    is_archived: 1,
    is_starred: 1,
    created_at: '2021-04-05T10:00:00+02:00',
    published_at: '2021-04-01T08:00:00+02:00',
    annotations: [
      { quote: 'nearly spent', text: 'Check the figure', created_at: '2021-04-06T09:00:00+02:00' },
      { quote: 'words not in the page', text: null },
    ],
  },
  { url: 'https://news.example.com/rivers', title: 'Rivers rise', content: null, tags: ['floods'], is_archived: 0, is_starred: 0, created_at: '2021-05-01T10:00:00Z' },
]);

describe('importing into the library', () => {
  it('previews new, existing (a row repeated in the file counts once) and invalid rows without changing the library', async () => {
    const service = await setup.service();
    await service.start(await setup.file('first.csv', pocketCsv(['Old,https://example.com/old,1600000000,,unread'])), { fetch: false });
    const path = await setup.file('export.csv', pocketCsv([
      'Old again,https://example.com/old,1600000000,,unread',
      'New one,https://example.com/new?utm_source=x,1600000100,a|b,archive',
      'Bad,ftp://example.com/file,1600000200,,unread',
      'Twice,https://example.com/new,1600000300,,unread',
    ]));
    const preview = await service.preview(path);
    expect(preview).toMatchObject({ format: 'pocket-csv', source: 'export.csv', new: 1, existing: 1, invalid: 1, toFetch: 1 });
    expect(preview.problems).toEqual([expect.objectContaining({ file: 'export.csv', line: 4, message: expect.stringContaining('not a web address') })]);
    expect(setup.library.articles.count()).toBe(1);
  });

  it('carries states, tags, dates, highlights and notes over, and uses included content sanitized', async () => {
    const service = await setup.service();
    const result = await service.start(await setup.file('wallabag.json', wallabag), { fetch: false });
    expect(result).toMatchObject({ new: 2, added: 2, queued: 1 });
    const [carbon, rivers] = ['carbon', 'rivers'].map((slug) => [...setup.library.articles.all()].find((a) => a.url === `https://news.example.com/${slug}`)!);
    expect(carbon).toMatchObject({ title: 'Carbon budgets', tags: ['climate', 'policy'], archived: true, read: true, starred: true, savedAt: '2021-04-05T08:00:00.000Z' });
    expect(carbon!.publishedAt).toMatch(/^2021-04-01T0[68]:00/);
    const body = await setup.library.articles.content(carbon!.id);
    expect(body.html).toBe('<p>The budget is nearly spent.</p><p>Act now.</p>');
    const { highlights } = setup.library.annotations.forArticle(carbon!.id);
    expect(highlights.map((h) => [h.target.quote.exact, h.note, h.createdAt])).toEqual([
      ['words not in the page', '', '2021-04-05T08:00:00.000Z'],
      ['nearly spent', 'Check the figure', '2021-04-06T07:00:00.000Z'],
    ]);
    // Found in the text: described there; not found: described over the quote alone (the reader anchors by quote).
    expect(highlights[1]!.target.quote.prefix).toBe('The budget is ');
    expect(highlights[0]!.target.position).toEqual({ type: 'TextPositionSelector', start: 0, end: 21 });
    expect(rivers).toMatchObject({ title: 'Rivers rise', tags: ['floods'], archived: false, savedAt: '2021-05-01T10:00:00.000Z', wordCount: 0 });
    expect(service.links()).toEqual([expect.objectContaining({ articleId: rivers!.id, state: 'failed', error: expect.objectContaining({ code: 'not-fetched' }) })]);
  });

  it('keeps a bookmark\'s description as the article\'s note, and its folder as a tag', async () => {
    const service = await setup.service();
    const bookmarks = '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><H3>Research</H3>\n<DL><p>\n<DT><A HREF="https://example.com/a" ADD_DATE="1600000000" TAGS="x">A</A>\n<DD>My thoughts on it\n</DL><p>\n</DL>\n';
    await service.start(await setup.file('bookmarks.html', bookmarks), { fetch: false });
    const [article] = [...setup.library.articles.all()];
    expect(article!.tags).toEqual(expect.arrayContaining(['Research', 'x']));
    expect(setup.library.annotations.forArticle(article!.id).note).toMatchObject({ text: 'My thoughts on it' });
  });

  it('adds nothing the second time the same file is imported', async () => {
    const service = await setup.service();
    const path = await setup.file('wallabag.json', wallabag);
    await service.start(path, { fetch: false });
    const again = await service.start(path, { fetch: false });
    expect(again).toMatchObject({ new: 0, existing: 2, added: 0, queued: 0 });
    expect(setup.library.articles.count()).toBe(2);
    const carbon = [...setup.library.articles.all()].find((a) => a.title === 'Carbon budgets')!;
    expect(setup.library.annotations.forArticle(carbon.id).highlights).toHaveLength(2);
    expect(service.links()).toHaveLength(1);
  });

  it('refuses a bad file with its reader error, leaving the library untouched', async () => {
    const service = await setup.service();
    const error = await service.start(await setup.file('broken.json', '[{"url": "https://a.example/", "is_archived": 1,'), { fetch: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'invalid-import', message: expect.stringMatching(/^broken\.json/) });
    expect(setup.library.articles.count()).toBe(0);
    expect(service.progress()).toMatchObject({ state: 'idle', pending: 0, failed: 0 });
  });
});

describe('the fetch queue of imported links', () => {
  const page = (url: string) => fakePage({ url, title: 'Fetched title', text: 'The fetched body.', html: '<p>The fetched body.</p>' });

  it('fetches a link into its own article, keeping the imported state, tags and saved date', async () => {
    const url = 'https://news.example.com/rivers';
    const service = await setup.service({ sources: importSources({ [url]: page(url) }) });
    await service.start(await setup.file('wallabag.json', wallabag), { fetch: true });
    await service.idle();
    const rivers = [...setup.library.articles.all()].find((a) => a.url === url)!;
    expect(rivers).toMatchObject({ title: 'Rivers rise', tags: ['floods'], savedAt: '2021-05-01T10:00:00.000Z', provenance: expect.objectContaining({ source: 'url' }) });
    expect(setup.library.articles.text(rivers.id)).toBe('The fetched body.');
    expect(service.progress()).toMatchObject({ state: 'idle', fetched: 1, pending: 0, failed: 0 });
    expect(service.links()).toEqual([]);
  });

  it('resumes pending links after a restart', async () => {
    const url = 'https://example.com/later';
    const first = await setup.service();
    await first.pause();
    await first.start(await setup.file('one.csv', pocketCsv([`Later,${url},1600000000,,unread`])), { fetch: true });
    expect(first.progress()).toMatchObject({ state: 'paused', pending: 1 });
    await setup.reopen();
    const second = await setup.service({ sources: importSources({ [url]: page(url) }) });
    expect(second.progress()).toMatchObject({ state: 'paused', pending: 1 });
    await second.resume();
    await second.idle();
    const [article] = [...setup.library.articles.all()];
    expect(setup.library.articles.text(article!.id)).toBe('The fetched body.');
    expect(second.links()).toEqual([]);
  });

  it('retries transient failures with exponential backoff, keeps a 404 as failed, and retries it on demand', async () => {
    const flaky = 'https://example.com/flaky';
    const gone = 'https://example.com/gone';
    const sources = importSources({ [flaky]: page(flaky), [gone]: page(gone) });
    const real = sources.fetchPage.getMockImplementation()!;
    let flakyTries = 0;
    sources.fetchPage.mockImplementation(async (url, options) => {
      if (url === flaky && ++flakyTries < 3) throw new AppError('timeout', 'Too slow.');
      if (url === gone && sources.fetchPage.mock.calls.filter(([u]) => u === gone).length === 1) throw new AppError('network', `The server answered 404 Not Found for ${gone}.`);
      return real(url, options);
    });
    const waits: number[] = [];
    const service = await setup.service({ sources, waits });
    await service.start(await setup.file('two.csv', pocketCsv([`Flaky,${flaky},1600000000,,unread`, `Gone,${gone},1600000000,,unread`])), { fetch: true });
    await service.idle();
    expect(waits).toEqual([2000, 4000]);
    expect(service.progress()).toMatchObject({ state: 'idle', fetched: 1, failed: 1 });
    expect(service.links()).toEqual([expect.objectContaining({ url: gone, state: 'failed', attempts: 1, error: expect.objectContaining({ message: expect.stringContaining('404') }) })]);

    expect(await service.retryFailed()).toBe(1);
    await service.idle();
    expect(service.links()).toEqual([]);
  });

  it('cancel keeps the links not fetched as failed, to retry later', async () => {
    const service = await setup.service();
    await service.pause();
    await service.start(await setup.file('one.csv', pocketCsv(['A,https://example.com/a,1600000000,,unread'])), { fetch: true });
    await service.cancel();
    expect(service.links()).toEqual([expect.objectContaining({ state: 'failed', error: expect.objectContaining({ code: 'cancelled' }) })]);
    expect(setup.library.articles.count()).toBe(1);
  });
});
