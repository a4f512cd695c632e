import { fileURLToPath } from 'node:url';

const fromRepo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const REPO_ROOT = fromRepo('');
/** Where the harness build puts the renderer (separate from electron-vite's out/renderer). */
export const HARNESS_RENDERER_DIR = fromRepo('out/harness/renderer');
export const HARNESS_BRIDGE_DIR = fromRepo('out/harness/bridge');
export const HARNESS_BRIDGE_FILE = fromRepo('out/harness/bridge/bridge.js');
export const BRIDGE_ENTRY = fromRepo('src/harness/web/bridge.ts');
