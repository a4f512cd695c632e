import { readFileSync } from 'node:fs';

/**
 * The app's version from package.json, which sits two folders up both from this source file
 * (src/cli/) and from the built CLI (out/main/cli.js). Read at run time: JSON imports would pull
 * package.json into the TypeScript project.
 */
export function readVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return (manifest as { version: string }).version;
}
