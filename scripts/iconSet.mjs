// The icons generated from the one source image, by `npm run icons` (scripts/icons.mjs). They are
// committed, so packaging on any OS needs no browser; source.sha256 records which SVG they came from.
import { createHash } from 'node:crypto';

export const iconSource = 'resources/icon.svg';
export const iconDir = 'resources/icons';
export const pngSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
/** electron-builder's Linux icon set: a folder of NxN.png files. */
export const pngDir = `${iconDir}/png`;
export const pngPath = (size) => `${pngDir}/${size}x${size}.png`;
export const icoPath = `${iconDir}/icon.ico`;
export const icnsPath = `${iconDir}/icon.icns`;
export const sourceHashPath = `${iconDir}/source.sha256`;

export function sourceHash(svg) {
  return createHash('sha256').update(svg).digest('hex');
}
