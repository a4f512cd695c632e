import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/io';
import { readStdinInput } from '../../../src/cli/stdinInput';

const piped = (...chunks: Array<string | Uint8Array>): CliIo => ({
  stdout: { write: () => true },
  stderr: { write: () => true },
  stdin: Readable.from(chunks),
  env: {},
  cwd: '/',
});

describe('readStdinInput', () => {
  it('takes a document that opens with markup as HTML', async () => {
    for (const html of ['<!DOCTYPE html><html><body><p>Hi</p></body></html>', '\n<!-- saved -->\n<html lang="en">', '<article><p>Hi</p></article>', '<p class="x">Hi']) {
      expect(await readStdinInput(piped(html), undefined)).toEqual({ kind: 'html', html });
    }
  });

  it('takes Markdown as Markdown and anything else as text, with the address given', async () => {
    expect(await readStdinInput(piped('# Title\n\nBody with <b>a tag</b>.'), 'https://example.com/a')).toEqual({
      kind: 'text',
      text: '# Title\n\nBody with <b>a tag</b>.',
      format: 'markdown',
      url: 'https://example.com/a',
    });
    expect(await readStdinInput(piped('A < B, said the story.\n\nAnd more.'), undefined)).toEqual({ kind: 'text', text: 'A < B, said the story.\n\nAnd more.', format: 'text' });
  });

  it('decodes UTF-8 split across chunks and drops a byte-order mark', async () => {
    const bytes = new TextEncoder().encode('\uFEFFZürich – Genève');
    expect(await readStdinInput(piped(bytes.slice(0, 5), bytes.slice(5)), undefined)).toMatchObject({ text: 'Zürich – Genève' });
  });

  it('refuses empty input and input over the size limits', async () => {
    await expect(readStdinInput(piped(' \n\t'), undefined)).rejects.toMatchObject({ code: 'nothing-to-save', message: 'Nothing came in on standard input.' });
    await expect(readStdinInput(piped('word '.repeat(1_100_000)), undefined)).rejects.toMatchObject({ code: 'too-large' });
    await expect(readStdinInput(piped(new Uint8Array(20_000_001)), undefined)).rejects.toMatchObject({ code: 'too-large' });
  });
});
