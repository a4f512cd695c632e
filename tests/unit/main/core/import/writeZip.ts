import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import yazl from 'yazl';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

/** A fresh temporary folder, removed after the test file. */
async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'importparse-'));
  folders.push(folder);
  return folder;
}

/** A ZIP of `entries` (path -> content), written with yazl to a fresh temporary file; returns its path. */
export async function writeZip(fileName: string, entries: Record<string, string | Buffer>): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  const path = join(await tempFolder(), fileName);
  await writeFile(path, Buffer.concat(chunks));
  return path;
}

/** Rewrites a written ZIP's bytes, to craft what no honest writer produces. */
export async function patchZip(path: string, patch: (bytes: Buffer) => void): Promise<string> {
  const bytes = await readFile(path);
  patch(bytes);
  await writeFile(path, bytes);
  return path;
}

/** A file with `content`, under a name of the test's choosing, in a fresh temporary folder. */
export async function writeTemp(fileName: string, content: string | Buffer): Promise<string> {
  const path = join(await tempFolder(), fileName);
  await writeFile(path, content);
  return path;
}
