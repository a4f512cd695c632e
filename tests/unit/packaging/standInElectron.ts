import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseState } from '@electron/fuses';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const { ENABLE: ON, DISABLE: OFF } = FuseState;
/** Electron's own settings of the nine V1 fuses: run-as-node, NODE_OPTIONS and inspector on, the rest mostly off. */
export const electronDefaultFuses = [ON, OFF, ON, ON, OFF, OFF, OFF, ON, ON];
/** Where the fuse states start in a stand-in binary. */
export const wireOffset = 4096 + SENTINEL.length + 2;

/**
 * A stand-in for the Electron binary, which cannot be downloaded here: filler bytes around a fuse
 * wire laid out as Electron lays it out (sentinel, version 1, length, one byte per fuse).
 */
export function writeStandInBinary(path: string): string {
  const wire = Buffer.from([1, electronDefaultFuses.length, ...electronDefaultFuses]);
  writeFileSync(path, Buffer.concat([Buffer.alloc(4096, 7), Buffer.from(SENTINEL), wire, Buffer.alloc(4096, 7)]));
  chmodSync(path, 0o755);
  return path;
}

/** An unpacked Linux Electron distribution, for electron-builder's electronDist option. */
export function writeStandInElectronDist(dir: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  writeFileSync(join(dir, 'version'), '45.3.4');
  writeStandInBinary(join(dir, 'electron'));
  return dir;
}
