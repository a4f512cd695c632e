import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../../src/main/ipc/dispatch';
import { createHandlers } from '../../../../src/main/ipc/createHandlers';
import { handlerDeps } from '../../../support/handlerDeps';
import { pocketCsv, useImport } from '../core/import/apply/importFakes';

const setup = useImport();

describe('imports handlers', () => {
  it('picks a file, previews it, imports it without fetching, and lists its links to retry, within the contract', async () => {
    const path = await setup.file('pocket.csv', pocketCsv(['Story,https://example.com/story,1600000000,news,unread', 'Bad,mailto:x@example.com,1600000000,,unread']));
    const imports = await setup.service();
    const dispatch = createDispatcher(createHandlers(handlerDeps({ library: setup.library, imports, pickImportFile: vi.fn(async () => path) })), vi.fn());

    expect(await dispatch('imports:pickFile', undefined)).toEqual({ ok: true, value: { path } });
    const preview = await dispatch('imports:preview', { path });
    expect(preview).toEqual({ ok: true, value: { format: 'pocket-csv', source: 'pocket.csv', new: 1, existing: 0, invalid: 1, toFetch: 1, problems: [expect.objectContaining({ line: 3 })] } });
    expect(await dispatch('imports:start', { path, format: 'pocket-csv', fetch: false })).toMatchObject({ ok: true, value: { added: 1, queued: 1 } });
    expect(await dispatch('imports:links', undefined)).toMatchObject({ ok: true, value: [{ url: 'https://example.com/story', state: 'failed', error: { code: 'not-fetched' } }] });
    expect(await dispatch('imports:progress', undefined)).toEqual({ ok: true, value: { state: 'idle', fetched: 0, failed: 1, pending: 0, total: 1, etaSeconds: null } });
  });

  it('passes a reader error through with file and line, and refuses a format it does not know', async () => {
    const path = await setup.file('broken.csv', 'title,url,time_added,tags,status\n"Unclosed,https://example.com/a,1,,unread\n');
    const dispatch = createDispatcher(createHandlers(handlerDeps({ library: setup.library, imports: await setup.service() })), vi.fn());
    expect(await dispatch('imports:start', { path, fetch: true })).toEqual({ ok: false, error: { code: 'invalid-import', message: expect.stringMatching(/^broken\.csv, line \d+: /) } });
    expect(await dispatch('imports:preview', { path, format: 'delicious' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(setup.library.articles.count()).toBe(0);
  });
});
