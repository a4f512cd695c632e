import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { icnsPath, icoPath, iconSource, pngPath, pngSizes, sourceHash, sourceHashPath } from '../../../scripts/iconSet.mjs';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the generated icons', () => {
  it('come from the current resources/icon.svg (else run npm run icons)', () => {
    expect(readFileSync(sourceHashPath, 'utf8').trim()).toBe(sourceHash(readFileSync(iconSource)));
  });

  it('include a PNG of each size from 16 to 1024 pixels', () => {
    expect(pngSizes[0]).toBe(16);
    expect(pngSizes.at(-1)).toBe(1024);
    for (const size of pngSizes) expect(pngSize(pngPath(size))).toEqual([size, size]);
  });

  it('include a Windows .ico and a macOS .icns', () => {
    const ico = readFileSync(icoPath);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(4);
    const icns = readFileSync(icnsPath);
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });
});
