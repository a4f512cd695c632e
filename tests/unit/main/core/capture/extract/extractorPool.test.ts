import { afterEach, describe, expect, it } from 'vitest';
import { createExtractorPool } from '../../../../../../src/main/core/capture/extract/extractorPool';
import type { Extractor } from '../../../../../../src/main/core/capture/types';

const TSX = ['--import', 'tsx'];
const realWorker = new URL('../../../../../../src/main/core/capture/extract/extractWorker.ts', import.meta.url);
const misbehaving = new URL('./misbehavingWorker.ts', import.meta.url);
const page = (text: string) => ({ text, format: 'text' as const, url: null });

let pool: Extractor | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('createExtractorPool', () => {
  it('extracts and sanitizes in the .ts worker under tsx, and passes AppErrors through', async () => {
    pool = createExtractorPool({ workerUrl: realWorker, execArgv: TSX, size: 2 });
    const article = await pool.extract(page('A Short Headline\n\nThe first paragraph of the story.\n\nThe second one.'));
    expect(article).toMatchObject({ title: 'A Short Headline', text: 'The first paragraph of the story.\n\nThe second one.' });
    await expect(pool.sanitize({ html: '<p onclick="x()">ok</p><script>x</script>', images: { kind: 'keep-remote' } })).resolves.toBe('<p>ok</p>');
    await expect(pool.extract(page('Advertisement'))).rejects.toMatchObject({ code: 'nothing-to-save', message: 'No article text was found on that page.' });
  });

  it('stops a call over its time limit, and the next call gets a fresh worker', async () => {
    pool = createExtractorPool({ workerUrl: misbehaving, execArgv: TSX, size: 1, timeoutMs: 1_500 });
    await expect(pool.extract(page('hang'))).rejects.toMatchObject({ code: 'timeout', message: expect.stringContaining('took longer') });
    await expect(pool.sanitize({ html: 'after', images: { kind: 'keep-remote' } })).resolves.toBe('echo:after');
  });

  it('cancels a running call and a queued one through their signals', async () => {
    pool = createExtractorPool({ workerUrl: misbehaving, execArgv: TSX, size: 1 });
    const running = new AbortController();
    const queued = new AbortController();
    const first = pool.extract(page('hang'), running.signal);
    const second = pool.extract(page('queued'), queued.signal);
    queued.abort();
    running.abort();
    await expect(second).rejects.toMatchObject({ code: 'cancelled' });
    await expect(first).rejects.toMatchObject({ code: 'cancelled' });
    await expect(pool.extract(page('fine'))).resolves.toBe('echo:fine');
    await expect(pool.extract(page('x'), AbortSignal.abort())).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('reports a crashed or exited worker clearly and recovers', async () => {
    pool = createExtractorPool({ workerUrl: misbehaving, execArgv: TSX, size: 1 });
    // Plain errors, not AppErrors: the capture service logs them and shows its generic sentence.
    await expect(pool.extract(page('crash'))).rejects.toEqual(new Error('The extraction worker crashed: boom'));
    await expect(pool.extract(page('exit'))).rejects.toThrow(/^The extraction worker stopped unexpectedly \(exit code 3\)\.$/);
    await expect(pool.extract(page('fine'))).resolves.toBe('echo:fine');
  });

  it('refuses calls once closed', async () => {
    pool = createExtractorPool({ workerUrl: misbehaving, execArgv: TSX });
    await pool.close();
    await expect(pool.extract(page('x'))).rejects.toMatchObject({ code: 'cancelled' });
  });
});
