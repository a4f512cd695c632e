import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { TestServer } from '../../main/core/capture/fetch/testServer';
import { makeTempDir } from '../../main/core/support/fixtures';
import { startNewsServer } from './newsPage';

/** The story copied from a news site with its clutter (../shared/fixtures, read-only). */
export const readTrumpPutin = () => readFile(resolve(import.meta.dirname, '../../../../../shared/fixtures/trump-putin-call.txt'), 'utf8');

/** A fresh temporary folder for each test of the file, removed after it; call the getter inside a test. */
export function useTempDir(): () => string {
  let dir = '';
  let cleanup = async () => {};
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());
  return () => dir;
}

/** The local news site (127.0.0.1), running for the tests of the file. */
export function useNewsServer(): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => (server = await startNewsServer()));
  afterAll(() => server?.close());
  return () => server!;
}
