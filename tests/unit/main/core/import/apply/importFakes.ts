import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { pastedPage } from '../../../../../../src/main/core/capture/sources/pastedPage';
import { createImportService, type ImportService } from '../../../../../../src/main/core/import/apply/importService';
import type { Library } from '../../../../../../src/main/core/library/library';
import { openLibrary } from '../../../../../../src/main/core/library/openLibrary';
import type { RawPage } from '../../../../../../src/main/core/capture/types';
import { extraction, fakeExtractor, fakeSources } from '../../capture/captureFakes';
import { makeTempDir } from '../../support/fixtures';

export const NOW = new Date('2026-01-10T12:00:00.000Z');

/** The fake extractor, except that pasted HTML is taken as the article body, and sanitizing drops scripts. */
export function htmlExtractor() {
  const fake = fakeExtractor();
  return {
    extract: async (page: Parameters<typeof fake.extract>[0]) =>
      page.text.startsWith('{') ? fake.extract(page) : extraction({ html: page.text, text: page.text.replace(/<[^>]*>/g, ''), url: page.url, title: 'From the HTML' }),
    sanitize: async ({ html }: { html: string }) => html.replace(/<script[\s\S]*?<\/script>/g, ''),
  };
}

/** Pages by address (the fake extractor reads each page's JSON); pasted HTML goes through the real pastedPage. */
export function importSources(pages: Record<string, RawPage> = {}) {
  return { ...fakeSources(pages), pastedPage };
}

/** A fresh library per test, import services over it (closed after the test), and files written beside it. */
export function useImport() {
  const state = {} as { dir: string; library: Library; services: ImportService[]; cleanup: () => Promise<void> };
  beforeEach(async () => {
    ({ dir: state.dir, cleanup: state.cleanup } = await makeTempDir());
    state.library = await openLibrary({ dir: join(state.dir, 'library') });
    state.services = [];
  });
  afterEach(async () => {
    for (const service of state.services) await service.close();
    await state.library.close();
    await state.cleanup();
  });
  return {
    get library() {
      return state.library;
    },
    async file(name: string, text: string) {
      const path = join(state.dir, name);
      await writeFile(path, text);
      return path;
    },
    async service({ sources = importSources(), waits = [] as number[] } = {}) {
      const service = await createImportService({
        library: state.library,
        extractor: htmlExtractor(),
        sources,
        clock: () => NOW,
        wait: async (ms) => void waits.push(ms),
        log: () => undefined,
      });
      state.services.push(service);
      return service;
    },
    /** Closes the library (and services) and opens it again: an app restart. */
    async reopen() {
      for (const service of state.services.splice(0)) await service.close();
      await state.library.close();
      state.library = await openLibrary({ dir: join(state.dir, 'library') });
    },
  };
}

export const pocketCsv = (rows: string[]) => ['title,url,time_added,tags,status', ...rows].join('\n') + '\n';
