import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../src/shared/ipc/result';
import { deferred, fakePage, fakeSources, PNG, untilAborted } from './captureFakes';
import { stepsOf, useCaptureService } from './useCaptureService';

const STORY = 'https://news.example.com/story';
const IMG = (n: number) => `https://cdn.example.com/${n}.png`;
const capture = useCaptureService();

/** A page with three images, all of them fetchable. */
function threeImageSources() {
  const page = fakePage({ url: STORY, leadImage: IMG(1), images: [IMG(1), IMG(2), IMG(3)] });
  return fakeSources({ [STORY]: page }, { [IMG(1)]: PNG(1), [IMG(2)]: PNG(2), [IMG(3)]: PNG(3) });
}

describe('a save that fails or is cancelled', () => {
  it.each([
    ['fetching the page', 'fetchPage'],
    ['extracting', 'extract'],
    ['sanitizing, after the images were stored', 'sanitize'],
    ['storing the record', 'add'],
  ] as const)('leaves the library unchanged when %s fails', async (_, step) => {
    const sources = threeImageSources();
    const { service, extractor } = capture.start({ sources });
    const failure = new AppError('storage-failure', `The ${step} step failed.`);
    if (step === 'fetchPage') sources.fetchPage.mockRejectedValueOnce(failure);
    if (step === 'extract') extractor.extract.mockRejectedValueOnce(failure);
    if (step === 'sanitize') extractor.sanitize.mockRejectedValueOnce(failure);
    if (step === 'add') {
      const add = capture.library.articles.add;
      capture.library.articles.add = async (article, content) => add({ ...article, title: '' }, content);
    }
    const job = await service.settled(service.start({ kind: 'url', url: STORY }).id);

    expect(job.state).toBe('failed');
    if (step !== 'add') expect(job.error).toEqual({ code: 'storage-failure', message: `The ${step} step failed.` });
    if (step === 'sanitize') expect(sources.fetchImage).toHaveBeenCalledTimes(3);
    expect(capture.library.articles.count()).toBe(0);
    expect(await capture.contentEntries()).toEqual([]);
  });

  it('leaves nothing when the disk refuses an image', async () => {
    const sources = threeImageSources();
    const { service } = capture.start({ sources });
    const draft = capture.library.articles.draft;
    capture.library.articles.draft = async (id) => {
      const made = await draft(id);
      let stored = 0;
      return { ...made, addImage: async (bytes, ext) => (++stored === 2 ? Promise.reject(new Error('ENOSPC')) : made.addImage(bytes, ext)) };
    };
    const job = await service.settled(service.start({ kind: 'url', url: STORY }).id);
    expect(job.error?.code).toBe('internal');
    expect(await capture.contentEntries()).toEqual([]);
  });

  it('never starts a job cancelled while it waits', async () => {
    const hold = deferred();
    const sources = threeImageSources();
    sources.fetchPage.mockImplementationOnce(async () => {
      await hold.promise;
      throw new AppError('timeout', 'Too slow.');
    });
    const { service, events } = capture.start({ sources, concurrency: 1 });
    const first = service.start({ kind: 'url', url: STORY });
    const second = service.start({ kind: 'url', url: STORY });
    service.cancel(second.id);
    expect(service.jobs()[1]).toMatchObject({ state: 'cancelled', finishedAt: expect.any(String) });
    hold.resolve();
    await service.settled(first.id);
    expect(sources.fetchPage).toHaveBeenCalledTimes(1);
    expect(stepsOf(events, second.id)).toEqual(['queued', 'cancelled']);
  });

  it('stops a job cancelled while fetching', async () => {
    const sources = threeImageSources();
    const fetching = deferred();
    sources.fetchPage.mockImplementationOnce(async (_url, { signal }) => {
      fetching.resolve();
      return untilAborted(signal);
    });
    const { service, events } = capture.start({ sources });
    const job = service.start({ kind: 'url', url: STORY });
    await fetching.promise;
    service.cancel(job.id);
    expect(await service.settled(job.id)).toMatchObject({ state: 'cancelled', error: null });
    expect(stepsOf(events, job.id)).toEqual(['queued', 'fetching', 'cancelled']);
    expect(capture.library.articles.count()).toBe(0);
  });

  it('stops a job cancelled while storing images and removes the images it stored', async () => {
    const sources = threeImageSources();
    const third = deferred();
    sources.fetchImage.mockImplementation(async (url, { signal }) => {
      if (url !== IMG(3)) return { bytes: PNG(Number(url.at(-5))), mime: 'image/png', ext: 'png' };
      third.resolve();
      return untilAborted(signal);
    });
    const { service, extractor } = capture.start({ sources });
    const job = service.start({ kind: 'url', url: STORY });
    await third.promise;
    expect((await capture.contentEntries()).length).toBeGreaterThan(0); // the draft holds images now
    service.cancel(job.id);
    expect((await service.settled(job.id)).state).toBe('cancelled');
    expect(extractor.calls).toEqual(['extract']);
    expect(capture.library.articles.count()).toBe(0);
    expect(await capture.contentEntries()).toEqual([]);
  });

  it('cancels what runs or waits when the service closes, and waits for it to stop', async () => {
    const sources = threeImageSources();
    sources.fetchPage.mockImplementation(async (_url, { signal }) => untilAborted(signal));
    const { service } = capture.start({ sources, concurrency: 1 });
    service.start({ kind: 'url', url: STORY });
    service.start({ kind: 'url', url: STORY });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await service.close();
    expect(service.jobs().map((job) => job.state)).toEqual(['cancelled', 'cancelled']);
    expect(() => service.start({ kind: 'url', url: STORY })).toThrow();
  });
});
