import { describe, expect, it } from 'vitest';
import { carriesSavable, readTransfer } from '../../../../src/renderer/src/features/capture/readTransfer';

/** The parts of a DataTransfer that readTransfer reads; jsdom has no DataTransfer of its own. */
function transfer({ files = [], data = {} }: { files?: File[]; data?: Record<string, string> }): DataTransfer {
  const types = [...Object.keys(data), ...(files.length > 0 ? ['Files'] : [])];
  return { files, types, getData: (type: string) => data[type] ?? '' } as unknown as DataTransfer;
}

const base64Of = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

describe('readTransfer', () => {
  it('reads dropped pages and text files as bytes, in base64', async () => {
    const page = new File(['<p>Grüße</p>'], 'story.HTML', { type: 'text/html' });
    const notes = new File(['# Notes'], 'notes.md');
    const { inputs, refused } = await readTransfer(transfer({ files: [page, notes] }));
    expect(refused).toEqual([]);
    expect(inputs).toEqual([
      { kind: 'file', name: 'story.HTML', base64: base64Of('<p>Grüße</p>') },
      { kind: 'file', name: 'notes.md', base64: base64Of('# Notes') },
    ]);
  });

  it('refuses other kinds of file, and empty ones, saying why', async () => {
    const { inputs, refused } = await readTransfer(
      transfer({ files: [new File(['x'], 'photo.jpg'), new File([], 'empty.txt'), new File(['ok'], 'a.mht')] }),
    );
    expect(inputs.map((input) => input.kind === 'file' && input.name)).toEqual(['a.mht']);
    expect(refused).toEqual([
      { label: 'photo.jpg', message: '“photo.jpg” can’t be saved: only web pages (.html, .htm, .mhtml, .mht) and text files (.txt, .md) can.' },
      { label: 'empty.txt', message: '“empty.txt” is empty.' },
    ]);
  });

  it('reads a dropped link, or pasted text, when there are no files', async () => {
    expect((await readTransfer(transfer({ data: { 'text/uri-list': 'https://news.example/a', 'text/plain': 'https://news.example/a' } }))).inputs).toEqual([
      { kind: 'url', url: 'https://news.example/a' },
    ]);
    expect((await readTransfer(transfer({ data: { 'text/plain': 'Some words.' } }))).inputs).toEqual([{ kind: 'text', text: 'Some words.', format: 'text' }]);
  });

  it('knows which drags may carry something to save', () => {
    expect(carriesSavable(transfer({ files: [new File(['x'], 'a.html')] }))).toBe(true);
    expect(carriesSavable(transfer({ data: { 'text/uri-list': 'https://a.example/' } }))).toBe(true);
    expect(carriesSavable(transfer({ data: { 'application/x-moz-node': '' } }))).toBe(false);
    expect(carriesSavable(null)).toBe(false);
  });
});
