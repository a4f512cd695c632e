import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { newsPage } from './support/newsPage';
import { runCommand } from './support/runCommand';
import { readTrumpPutin, useNewsServer, useTempDir } from './support/testSetup';

const server = useNewsServer();
const tempDir = useTempDir();

describe('news-archive extract', () => {
  it('turns the pasted trump-putin story into one JSON object with exactly the documented fields', async () => {
    const run = await runCommand(['extract', '-', '--format', 'json'], { stdin: await readTrumpPutin() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const found = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(found)).toEqual(['title', 'excerpt', 'authors', 'siteName', 'publishedAt', 'modifiedAt', 'lang', 'dir', 'url', 'canonicalUrl', 'leadImage', 'wordCount', 'readingMinutes', 'text', 'html']);
    expect(found).toMatchObject({
      title: 'Trump, Putin Call On Russia-Ukraine War, Call Went Well, White House Says',
      excerpt: expect.stringMatching(/^Donald Trump, who called Vladimir Putin at 10 am/),
      url: null,
      publishedAt: null,
      text: expect.stringMatching(/^Three weeks after a failed meeting[\s\S]*he added\.$/),
    });
    for (const clutter of [/^Advertisement$/m, /^X$/m, /^AP$/m, /Show comments/, /^KR$/m]) expect(found.text).not.toMatch(clutter);
  });

  it('prints the body text alone, paragraphs separated by blank lines', async () => {
    const run = await runCommand(['extract', '-'], { stdin: await readTrumpPutin() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Three weeks after a failed meeting .*\n\nTrump, who made the call at 10 am/);
    expect(run.stdout).not.toContain('Trump, Putin Call On Russia-Ukraine War');
  });

  it('fetches a page from a local server only with --allow-local-network', async () => {
    const url = server().url('/news/rivers.html');
    const blocked = await runCommand(['extract', url]);
    expect(blocked).toMatchObject({ code: 1, stdout: '' });
    expect(blocked.stderr).toMatch(/^127\.0\.0\.1 is on this computer .* On the command line, add --allow-local-network\.\n$/);

    const run = await runCommand(['extract', url, '--allow-local-network', '--format', 'json']);
    expect(run.stderr).toBe('');
    const found = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(found).toMatchObject({
      title: 'Rivers rise across the valley',
      siteName: 'Example News',
      authors: ['Ada Reporter'],
      url,
      canonicalUrl: url,
      html: expect.stringContaining(`src="${server().url('/images/flood.png')}"`),
    });
  });

  it('prints Markdown with the title as heading and sanitized HTML with images left remote', async () => {
    const url = server().url('/news/rivers.html');
    const markdown = await runCommand(['extract', url, '--allow-local-network', '--format', 'markdown']);
    expect(markdown.stdout).toMatch(/^# Rivers rise across the valley\n\n/);
    expect(markdown.stdout).toContain(`![The flooded square](${server().url('/images/flood.png')})`);
    const html = await runCommand(['extract', url, '--allow-local-network', '--format', 'html']);
    expect(html.stdout).toContain('<p>The water came fast in the night');
    expect(html.stdout).not.toContain('newsletter');
  });

  it('reads a saved page file, resolving its links against --url', async () => {
    const file = `${tempDir()}/rivers.html`;
    await writeFile(file, newsPage('https://news.example.com'));
    const run = await runCommand(['extract', 'rivers.html', '--url', 'https://news.example.com/news/rivers.html', '--format', 'json'], { cwd: tempDir() });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ url: 'https://news.example.com/news/rivers.html', leadImage: expect.any(String) });
    expect(JSON.parse(run.stdout).html).toContain('src="https://news.example.com/images/flood.png"');
  });

  it('refuses what it cannot use with one clear line', async () => {
    expect(await runCommand(['extract', '-'], { stdin: '  \n' })).toEqual({ code: 1, stdout: '', stderr: 'Nothing came in on standard input.\n' });
    const missing = await runCommand(['extract', `${tempDir()}/nope.html`]);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(await runCommand(['extract', '-', '--url', 'not a url'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Give an http:// or https:// address.') });
    expect(await runCommand(['extract', 'https://example.com/a', '--url', 'https://example.com/b'])).toMatchObject({ code: 2 });
  });
});
