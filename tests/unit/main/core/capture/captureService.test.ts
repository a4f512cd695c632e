import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FINISHED_JOBS_KEPT } from '../../../../../src/main/core/capture/captureJobs';
import type { RawPage } from '../../../../../src/main/core/capture/types';
import { AppError } from '../../../../../src/shared/ipc/result';
import { listFiles } from '../support/fixtures';
import { deferred, fakePage, fakeSources, PNG } from './captureFakes';
import { imageName, NOW, stepsOf, useCaptureService } from './useCaptureService';

const STORY = 'https://news.example.com/story';
const IMG = (n: number) => `https://cdn.example.com/${n}.png`;
const capture = useCaptureService();

const storyPage = () =>
  fakePage(
    {
      title: 'Markets rally',
      url: STORY,
      canonicalUrl: STORY,
      leadImage: IMG(1),
      images: [IMG(1), IMG(2), IMG(3), IMG(4)],
      html: `<p>Body</p><img src="${IMG(1)}"><img src="${IMG(2)}"><img src="${IMG(3)}"><img src="${IMG(4)}">`,
      text: 'Body of the story.',
    },
    { requestedUrl: `${STORY}?utm_source=x` },
  );

describe('the capture service', () => {
  it('saves a page with its images, raw capture and provenance, reporting each step', async () => {
    const sources = fakeSources({ [`${STORY}?utm_source=x`]: storyPage() }, { [IMG(1)]: PNG(1), [IMG(2)]: PNG(2), [IMG(4)]: PNG(1) });
    const { service, events, extractor } = capture.start({ sources });
    const job = service.start({ kind: 'url', url: `${STORY}?utm_source=x` }, { tags: [' World ', 'world', 'Markets', ''] });
    const done = await service.settled(job.id);

    expect(done).toMatchObject({ state: 'done', title: 'Markets rally', error: null, finishedAt: NOW.toISOString() });
    expect(stepsOf(events, job.id)).toEqual(['queued', 'fetching', 'extracting', 'extracting', 'images 0/4', 'images 1/4', 'images 2/4', 'images 3/4', 'images 4/4', 'saving', 'done']);
    expect(extractor.calls).toEqual(['extract', 'sanitize']);

    const id = done.articleId!;
    const [png1, png2] = [imageName(PNG(1)), imageName(PNG(2))];
    expect(capture.library.articles.get(id)).toMatchObject({
      url: STORY,
      canonicalUrl: STORY,
      title: 'Markets rally',
      tags: ['World', 'Markets'],
      leadImage: `content/${id}/images/${png1}`,
      read: false,
      savedAt: NOW.toISOString(),
      provenance: {
        source: 'url',
        requestedUrl: `${STORY}?utm_source=x`,
        finalUrl: STORY,
        httpStatus: 200,
        capturedAt: NOW.toISOString(),
        rawFile: `content/${id}/raw.html.gz`,
        imagesStored: 2,
        imagesFailed: [{ url: IMG(3), reason: 'The server answered 404.' }],
      },
    });
    const folder = join(capture.dir, 'content', id);
    expect((await listFiles(folder)).sort()).toEqual(['article.html', `images/${png1}`, `images/${png2}`, 'raw.html.gz', 'text.txt']);
    expect(gunzipSync(await readFile(join(folder, 'raw.html.gz')))).toEqual(Buffer.from(storyPage().bytes));
    expect(await readFile(join(folder, 'text.txt'), 'utf8')).toBe('Body of the story.');
    const asset = (file: string) => `archive-asset://${id}/images/${file}`;
    expect(await readFile(join(folder, 'article.html'), 'utf8')).toBe(
      `<p>Body</p><img src="${asset(png1)}"><img src="${asset(png2)}"><img src="MISSING"><img src="${asset(png1)}">`,
    );
  });

  it('takes images that came with the page from the page, typed by content, and keeps at most 60', async () => {
    const images = Array.from({ length: 62 }, (_, n) => IMG(n));
    const resources = new Map([
      [IMG(0), { bytes: PNG(0), contentType: 'image/png' }],
      [IMG(1), { bytes: new Uint8Array([1, 2, 3]), contentType: 'image/png' }],
    ]);
    const page = fakePage({ url: STORY, images }, { resources });
    const sources = fakeSources({ [STORY]: page }, Object.fromEntries(images.slice(2).map((url, n) => [url, PNG(n + 2)])));
    const { service } = capture.start({ sources });
    const done = await service.settled(service.start({ kind: 'url', url: STORY }).id);

    const provenance = capture.library.articles.get(done.articleId!)!.provenance!;
    expect(provenance.imagesStored).toBe(59);
    expect(provenance.imagesFailed.map((failure) => failure.url)).toEqual([IMG(1), IMG(60), IMG(61)]);
    expect(sources.fetchImage).toHaveBeenCalledTimes(58);
    expect(sources.fetchImage).not.toHaveBeenCalledWith(IMG(0), expect.anything());
  });

  it('runs at most `concurrency` saves at once and the rest in order', async () => {
    const release = deferred();
    let running = 0;
    let most = 0;
    const sources = fakeSources();
    sources.fetchPage.mockImplementation(async (url: string) => {
      most = Math.max(most, ++running);
      await release.promise;
      running--;
      return fakePage({ url, text: `Text of ${url}` });
    });
    const { service } = capture.start({ sources, concurrency: 2 });
    const jobs = [1, 2, 3, 4, 5].map((n) => service.start({ kind: 'url', url: `${STORY}/${n}` }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(service.jobs().map((job) => job.state)).toEqual(['fetching', 'fetching', 'queued', 'queued', 'queued']);
    release.resolve();
    const finished = await Promise.all(jobs.map((job) => service.settled(job.id)));
    expect(finished.map((job) => job.state)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(most).toBe(2);
    expect(sources.fetchPage.mock.calls.map(([url]) => url)).toEqual(jobs.map((job) => job.label));
  });

  it('refuses a tag the tag rules refuse, before starting anything', () => {
    const sources = fakeSources({ [STORY]: fakePage({ url: STORY }) });
    const { service } = capture.start({ sources });
    expect(() => service.start({ kind: 'url', url: STORY }, { tags: ['ukraine//ceasefire'] })).toThrow(
      expect.objectContaining({ code: 'invalid-input', message: expect.stringContaining('"ukraine//ceasefire"') }),
    );
    expect(service.jobs()).toEqual([]);
    expect(sources.fetchPage).not.toHaveBeenCalled();
  });

  it('reads the local-network setting when each job starts', async () => {
    const sources = fakeSources({ [STORY]: fakePage({ url: STORY }) });
    const { service } = capture.start({ sources });
    await service.settled(service.start({ kind: 'url', url: STORY }).id);
    await capture.library.settings.update({ allowLocalNetwork: true });
    await service.settled(service.start({ kind: 'url', url: STORY }).id);
    expect(sources.fetchPage.mock.calls.map(([, options]) => options.allowLocalNetwork)).toEqual([false, true]);
  });

  it('saves pasted text, dropped files and every page of a folder, one job per page', async () => {
    const sources = fakeSources();
    const folderPage = (n: number): RawPage => fakePage({ title: `Page ${n}`, text: `Folder page ${n}.` }, { source: 'file', fileName: `page${n}.html` });
    sources.readPageFile.mockResolvedValue([folderPage(1), folderPage(2), folderPage(3)]);
    const { service } = capture.start({ sources });
    const pasted = service.start({ kind: 'text', text: 'Pasted words.', format: 'text' });
    const dropped = service.start({ kind: 'file', name: 'saved.html', base64: Buffer.from(JSON.stringify({ text: 'Dropped.' })).toString('base64') });
    const folder = service.start({ kind: 'path', path: '/home/ada/Saved pages' });
    expect([pasted.label, dropped.label, folder.label]).toEqual(['Pasted text', 'saved.html', 'Saved pages']);

    await Promise.all([pasted, dropped, folder].map((job) => service.settled(job.id)));
    await Promise.all(service.jobs().map((job) => service.settled(job.id)));
    expect(service.jobs().map((job) => [job.label, job.state, job.title])).toEqual([
      ['Pasted text', 'done', 'A Story'],
      ['saved.html', 'done', 'A Story'],
      ['page1.html', 'done', 'Page 1'],
      ['page2.html', 'done', 'Page 2'],
      ['page3.html', 'done', 'Page 3'],
    ]);
    expect(capture.library.articles.count()).toBe(5);
  });

  it('passes a source’s or extractor’s error on, and turns anything else into one logged sentence', async () => {
    const { service, extractor, sources, log } = capture.start();
    const refused = await service.settled(service.start({ kind: 'url', url: 'https://nowhere.example/' }).id);
    expect(refused).toMatchObject({ state: 'failed', error: { code: 'network', message: 'Nothing answers at https://nowhere.example/.' } });

    extractor.extract.mockRejectedValueOnce(new AppError('not-an-article', 'That page holds no article.'));
    expect((await service.settled(service.start({ kind: 'text', text: 'x', format: 'text' }).id)).error?.code).toBe('not-an-article');

    sources.readPageFile.mockResolvedValueOnce([]);
    expect((await service.settled(service.start({ kind: 'path', path: '/home/ada/empty' }).id)).error).toEqual({ code: 'nothing-to-save', message: 'empty holds no saved pages or text files.' });

    extractor.extract.mockRejectedValueOnce(new TypeError('undefined is not a function'));
    const broken = await service.settled(service.start({ kind: 'text', text: 'x', format: 'text' }).id);
    expect(broken.error).toEqual({ code: 'internal', message: 'Something went wrong while saving; the details were written to the log.' });
    expect(log).toHaveBeenCalledWith(expect.any(String), expect.any(TypeError));
  });

  it(`keeps every running job and the latest ${FINISHED_JOBS_KEPT} finished ones`, async () => {
    const { service } = capture.start();
    const jobs = Array.from({ length: FINISHED_JOBS_KEPT + 5 }, (_, n) => service.start({ kind: 'url', url: `https://gone.example/${n}` }));
    await Promise.all(jobs.map((job) => service.settled(job.id)));
    expect(service.jobs().map((job) => job.id)).toEqual(jobs.slice(5).map((job) => job.id));
    await expect(service.settled(jobs[0]!.id)).rejects.toMatchObject({ code: 'not-found' });
  });
});
