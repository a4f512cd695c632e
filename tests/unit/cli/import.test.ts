import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/main/core/library/openLibrary';
import { AppError } from '../../../src/shared/ipc/result';
import { fakePage } from '../main/core/capture/captureFakes';
import { htmlExtractor, importSources, pocketCsv } from '../main/core/import/apply/importFakes';
import { runCommand } from './support/runCommand';
import { useTempDir } from './support/testSetup';

const tempDir = useTempDir();
const library = () => `${tempDir()}/library`;
const story = 'https://example.com/story';
const sources = importSources({ [story]: fakePage({ url: story, title: 'The story', text: 'Its words.' }) });
const fetchPage = sources.fetchPage.getMockImplementation()!;
// A page that is gone answers 404: kept as failed at once, without the backoff a transient failure waits through.
sources.fetchPage.mockImplementation(async (url, options) => {
  if (url.endsWith('/gone')) throw new AppError('network', `The server answered 404 Not Found for ${url}.`);
  return fetchPage(url, options);
});
const services = {
  sources,
  createExtractor: () => ({ ...htmlExtractor(), close: async () => undefined }),
};
const run = (args: string[]) => runCommand(['import', ...args, '--library', library()], { services });

async function exportFile() {
  const path = `${tempDir()}/pocket.csv`;
  await writeFile(path, pocketCsv([`Story,${story},1600000000,news|world,archive`, 'Bad,ftp://example.com/x,1600000000,,unread', 'Gone,https://example.com/gone,1600000000,,unread']));
  return path;
}

describe('news-archive import', () => {
  it('--dry-run prints the counts and each problem with its line, and imports nothing', async () => {
    const result = await run([await exportFile(), '--dry-run']);
    expect(result).toEqual({
      code: 0,
      stdout: 'pocket.csv (pocket-csv): 2 new, 0 already in the library, 1 invalid\n  pocket.csv, line 3: "ftp://example.com/x" is not a web address; only http and https links can be imported.\n',
      stderr: '',
    });
    const opened = await openLibrary({ dir: library() });
    expect(opened.articles.count()).toBe(0);
    await opened.close();
  });

  it('imports, fetches the pages, reports what failed with exit code 1, and adds nothing the second time', async () => {
    const path = await exportFile();
    const first = await run([path]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('imported 2 articles; 2 pages to fetch\n');
    expect(first.stdout).toMatch(/fetched 1 pages, 1 failed \(retry them from the app\)\n$/);
    const opened = await openLibrary({ dir: library() });
    const fetched = [...opened.articles.all()].find((article) => article.url === story)!;
    expect(fetched).toMatchObject({ title: 'Story', tags: ['news', 'world'], archived: true, savedAt: '2020-09-13T12:26:40.000Z' });
    expect(opened.articles.text(fetched.id)).toBe('Its words.');
    await opened.close();

    const second = await run([path, '--no-fetch']);
    expect(second.stdout).toBe(`pocket.csv (pocket-csv): 0 new, 2 already in the library, 1 invalid\n  pocket.csv, line 3: "ftp://example.com/x" is not a web address; only http and https links can be imported.\nimported 0 articles\n`);
  });

  it('fails with the reader\'s error naming file and line for a bad file', async () => {
    const path = `${tempDir()}/broken.json`;
    await writeFile(path, '[{"url": "https://a.example/", "is_archived": 1,');
    const result = await run([path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^broken\.json.*\n$/);
    expect(result.stdout).toBe('');
  });

  it('refuses an unknown --format as a usage error', async () => {
    expect((await run([await exportFile(), '--format', 'delicious'])).code).toBe(2);
  });
});
