import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../src/harness/startHarness';
import { tokenCookieName } from '../../../src/harness/sessionToken';
import { makeArticle } from '../../support/makeArticle';
import { newHighlight } from '../../support/makeHighlight';
import { httpRequest } from './httpRequest';

let root: string;
let harness: Harness;
const article = makeArticle(1, { title: 'Rivers: a "flood" story' });

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'harness-exports-'));
  // Nothing here asks for the page, so the renderer and bridge files need not exist.
  harness = await startHarness({ libraryDir: join(root, 'library'), exportsDir: join(root, 'exports'), rendererDir: root, bridgeFile: root, log: () => {} });
  await harness.library.articles.add(article, { html: '<p>Rivers</p>', text: 'Rivers' });
  await harness.library.annotations.addHighlight(newHighlight(article.id, 'Rivers'));
});
afterEach(async () => {
  await harness.close();
  await rm(root, { recursive: true, force: true });
});

function call(channel: string, input: unknown) {
  const port = new URL(harness.url).port;
  return httpRequest(Number(port), {
    method: 'POST',
    path: `/rpc/${channel}`,
    headers: { cookie: `${tokenCookieName(Number(port))}=${harness.token}`, 'content-type': 'application/json', 'x-news-archive-rpc': '1' },
    body: JSON.stringify({ input }),
  });
}

describe('the harness stand-ins for the save dialog and the clipboard', () => {
  it('saves an export in its exports folder under the suggested name, and lists it', async () => {
    const path = join(root, 'exports', 'rivers-a-flood-story-highlights.md');
    expect(JSON.parse((await call('annotations:saveExport', { articleId: article.id, format: 'markdown' })).body)).toEqual({ ok: true, value: { path } });
    expect(harness.savedExports()).toEqual([path]);
    expect(await readFile(path, 'utf8')).toContain('> Rivers\n\nColour: yellow\n');
  });

  it('keeps the text last put on the clipboard', async () => {
    expect(harness.clipboardText()).toBeNull();
    await call('clipboard:writeText', { text: 'first' });
    await call('clipboard:writeText', { text: '> second' });
    expect(harness.clipboardText()).toBe('> second');
  });
});
