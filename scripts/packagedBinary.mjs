import { join } from 'node:path';

/**
 * The file @electron/fuses flips in an app that electron-builder has just laid out in `appOutDir`:
 * the .app bundle on macOS (fuses resolves its framework), the .exe on Windows, the executable on Linux.
 */
export function packagedBinary({ platform, appOutDir, productFilename, executableName }) {
  if (platform === 'darwin' || platform === 'mas') return join(appOutDir, `${productFilename}.app`);
  if (platform === 'win32') return join(appOutDir, `${productFilename}.exe`);
  return join(appOutDir, executableName);
}
