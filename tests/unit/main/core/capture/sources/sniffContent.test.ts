import { describe, expect, it } from 'vitest';
import { requireImage, sniffContent, sniffImage } from '../../../../../../src/main/core/capture/sources/sniffContent';
import { AVIF, GIF, JPEG, PDF, PNG, SVG, WEBP } from './samples';

describe('sniffImage', () => {
  it.each([
    [JPEG, 'image/jpeg', 'jpg'],
    [PNG, 'image/png', 'png'],
    [GIF, 'image/gif', 'gif'],
    [WEBP, 'image/webp', 'webp'],
    [AVIF, 'image/avif', 'avif'],
  ])('knows a picture by its bytes (%#: %s)', async (bytes, mime, ext) => {
    await expect(sniffImage(bytes)).resolves.toEqual({ mime, ext });
  });

  it.each([
    ['SVG', SVG],
    ['PDF', PDF],
    ['HTML', Buffer.from('<!DOCTYPE html><html><body><img src=x></body></html>')],
    ['nothing', Buffer.alloc(0)],
    ['a PNG header cut short', PNG.subarray(0, 4)],
  ])('refuses %s', async (_name, bytes) => {
    await expect(sniffImage(bytes)).resolves.toBeNull();
  });
});

describe('sniffContent', () => {
  it('names what bytes are, SVG included, and nothing for text', async () => {
    await expect(sniffContent(SVG)).resolves.toEqual({ mime: 'image/svg+xml', ext: 'svg' });
    await expect(sniffContent(Buffer.from('<!-- logo -->\n<svg viewBox="0 0 1 1"></svg>'))).resolves.toEqual({ mime: 'image/svg+xml', ext: 'svg' });
    await expect(sniffContent(PDF)).resolves.toEqual({ mime: 'application/pdf', ext: 'pdf' });
    await expect(sniffContent(Buffer.from('Plain words.'))).resolves.toBeNull();
  });
});

describe('requireImage', () => {
  it('says what the bytes were instead of a picture', async () => {
    await expect(requireImage(PNG, 'x')).resolves.toEqual({ bytes: PNG, mime: 'image/png', ext: 'png' });
    await expect(requireImage(SVG, 'https://example.org/logo.png')).rejects.toMatchObject({
      code: 'unsupported',
      message: 'The image at https://example.org/logo.png is not a JPEG, PNG, GIF, WebP or AVIF picture (image/svg+xml).',
    });
    await expect(requireImage(new Uint8Array(), 'x')).rejects.toMatchObject({ message: expect.stringMatching(/\(empty\)/) });
  });
});
