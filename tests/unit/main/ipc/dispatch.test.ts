import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../../src/main/ipc/dispatch';
import { createHandlers } from '../../../../src/main/ipc/createHandlers';
import type { Handlers } from '../../../../src/shared/ipc/contract';
import { fakeLibrary, sampleArticle } from '../../../support/fakeLibrary';
import { fakeCapture, handlerDeps } from '../../../support/handlerDeps';

const article = sampleArticle();

function dispatcherWith(overrides: (handlers: Handlers) => void = () => undefined) {
  const handlers = createHandlers(handlerDeps({ library: fakeLibrary([article]) }));
  overrides(handlers);
  const logError = vi.fn();
  return { dispatch: createDispatcher(handlers, logError), logError };
}

describe('createDispatcher', () => {
  it('answers a valid call with the parsed output', async () => {
    const { dispatch } = dispatcherWith();
    const result = await dispatch('articles:get', { id: article.id });
    expect(result).toEqual({ ok: true, value: article });
  });

  it('applies the input schema defaults before the handler sees the input', async () => {
    const list = vi.fn(async () => ({ items: [], total: 0, highlightCounts: {} }));
    const { dispatch } = dispatcherWith((handlers) => (handlers.articles.list = list));
    await dispatch('articles:list', {});
    expect(list).toHaveBeenCalledWith({ view: 'unread', sort: 'savedAt', direction: 'desc', tags: [], tagMode: 'any', offset: 0, limit: 100 });
  });

  it('refuses an unknown channel without calling anything', async () => {
    const { dispatch } = dispatcherWith();
    const result = await dispatch('articles:dropEverything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it.each([
    ['a wrong type', { id: 42 }],
    ['a missing field', {}],
    ['an extra field', { id: article.id, admin: true }],
    ['no object at all', 'DROP TABLE'],
    ['a prototype-polluting key', JSON.parse(`{"id":"${article.id}","__proto__":{"polluted":true}}`)],
  ])('refuses %s as invalid input with a readable message', async (_label, input) => {
    const { dispatch } = dispatcherWith();
    const result = await dispatch('articles:get', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toMatch(/^Invalid request to articles:get: /);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns an AppError into its code and message', async () => {
    const { dispatch } = dispatcherWith();
    const result = await dispatch('articles:get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'That article is not in the library.' } });
  });

  it('hides unexpected errors behind a stable code and logs them', async () => {
    const { dispatch, logError } = dispatcherWith((handlers) => {
      handlers.library.info = async () => {
        throw new Error('EACCES: permission denied, open /secret/path');
      };
    });
    const result = await dispatch('library:info', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
    expect(logError).toHaveBeenCalledOnce();
  });

  it('refuses to send an answer that breaks the contract', async () => {
    const { dispatch, logError } = dispatcherWith((handlers) => {
      handlers.settings.get = async () => ({ theme: 'neon' }) as never;
    });
    const result = await dispatch('settings:get', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logError).toHaveBeenCalledOnce();
  });
});

describe('createHandlers', () => {
  it('opens only http(s) addresses externally', async () => {
    const openExternal = vi.fn(async () => undefined);
    const dispatch = createDispatcher(createHandlers(handlerDeps({ openExternal })));
    expect(await dispatch('shell:openExternal', { url: 'https://example.org/story' })).toEqual({ ok: true, value: null });
    expect(await dispatch('shell:openExternal', { url: 'file:///etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'unsupported-url' },
    });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/story');
  });

  it('reports the library folder, version, size, notices and where its images load from', async () => {
    const dispatch = createDispatcher(createHandlers(handlerDeps({ library: fakeLibrary([article]) })));
    expect(await dispatch('library:info', undefined)).toEqual({
      ok: true,
      value: { path: '/tmp/fake-library', schemaVersion: 1, articleCount: 1, notices: [], assetBaseUrl: 'archive-asset://' },
    });
  });

  it('applies a state patch to many articles and says how many changed', async () => {
    const dispatch = createDispatcher(createHandlers(handlerDeps({ library: fakeLibrary([article]) })));
    const result = await dispatch('articles:setState', { ids: [article.id], patch: { starred: true } });
    expect(result).toEqual({ ok: true, value: { updated: 1 } });
    expect(await dispatch('articles:setState', { ids: [article.id], patch: {} })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('starts one save per file the user picks', async () => {
    const capture = fakeCapture();
    const pickFiles = vi.fn(async () => ['/home/ana/page.html', '/home/ana/notes.md']);
    const dispatch = createDispatcher(createHandlers(handlerDeps({ capture, pickFiles })));
    const result = await dispatch('capture:pickFiles', undefined);
    expect(result).toMatchObject({ ok: true, value: [{ id: 'job-1' }, { id: 'job-2' }] });
    expect(capture.started).toEqual([
      { kind: 'path', path: '/home/ana/page.html' },
      { kind: 'path', path: '/home/ana/notes.md' },
    ]);
  });

  it('never lets the renderer name a path to read', async () => {
    const capture = fakeCapture();
    const dispatch = createDispatcher(createHandlers(handlerDeps({ capture })));
    const result = await dispatch('capture:start', { input: { kind: 'path', path: '/etc/passwd' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(capture.started).toEqual([]);
  });
});
