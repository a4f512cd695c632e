import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../../src/main/ipc/dispatch';
import { createHandlers } from '../../../../src/main/ipc/createHandlers';
import { suggestedExportName } from '../../../../src/main/ipc/exportHandlers';
import { fakeLibrary, sampleArticle } from '../../../support/fakeLibrary';
import { handlerDeps } from '../../../support/handlerDeps';
import { makeArticle } from '../../../support/makeArticle';
import { makeTempDir } from '../core/support/fixtures';

const articles = [sampleArticle(), makeArticle(2)];

function dispatcher(chooseSavePath: (name: string) => Promise<string | null>) {
  return createDispatcher(createHandlers(handlerDeps({ library: fakeLibrary(articles), chooseSavePath })), vi.fn());
}

describe('library:export', () => {
  it('refuses a format it does not know before asking anything', async () => {
    const chooseSavePath = vi.fn(async () => null);
    expect(await dispatcher(chooseSavePath)('library:export', { format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it('answers null when the person cancels the dialog', async () => {
    expect(await dispatcher(async () => null)('library:export', { format: 'backup' })).toEqual({ ok: true, value: null });
  });

  it('writes a CSV where the person chose, suggesting a dated name, and says how many articles it holds', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const chooseSavePath = vi.fn(async (name: string) => join(dir, name));
      const path = join(dir, suggestedExportName('csv', new Date()));
      expect(await dispatcher(chooseSavePath)('library:export', { format: 'csv' })).toEqual({ ok: true, value: { path, articles: 2, images: 0 } });
      const csv = await readFile(path, 'utf8');
      for (const { title } of articles) expect(csv).toContain(title);
      // Asked again for the same name, it refuses rather than replace the file.
      expect(await dispatcher(chooseSavePath)('library:export', { format: 'csv' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('already exists') } });
    } finally {
      await cleanup();
    }
  });

  it('suggests a file for each file format and an extensionless folder name for markdown and html', () => {
    const day = new Date(2026, 10, 30);
    expect(suggestedExportName('csv', day)).toBe('news-archive-2026-11-30.csv');
    expect(suggestedExportName('backup', day)).toBe('news-archive-2026-11-30-backup.zip');
    expect(suggestedExportName('markdown', day)).toBe('news-archive-2026-11-30-markdown');
  });
});
