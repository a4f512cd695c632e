import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The apps `npm run package` left unpacked in `distDir` (electron-builder's layout: mac, mac-arm64,
 * win-unpacked, linux-unpacked, ...), as paths scripts/read-fuses.mjs accepts.
 */
export function packagedApps(distDir, { productName, executableName }) {
  if (!existsSync(distDir)) return [];
  return readdirSync(distDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(distDir, entry.name))
    .flatMap((dir) => [join(dir, `${productName}.app`), join(dir, `${productName}.exe`), join(dir, executableName)])
    .filter((candidate) => existsSync(candidate));
}
