import { realpath, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PageResource } from '../types';
import type { FileLimits } from './pageFile';
import { webAddress, type PageDocument } from './savedPageAddress';
import { sniffImage } from './sniffContent';

/** Most images a saved page's folder gives: a page, not a disk dump. Their bytes together stay under `archiveBytes`. */
const MAX_FILES = 500;

/**
 * The images of a page saved "complete": the ones its markup refers to inside its resource folder (`<name>_files`
 * beside it, or the one folder beside it that its relative references lead into). Nothing outside that folder is read,
 * symbolic links included. Each image is keyed by the address the page refers to it by: resolved against the file
 * itself, and, when the page records its web address, against that too, as the page's links resolve there.
 */
export async function savedPageResources(
  htmlPath: string,
  document: PageDocument,
  pageUrl: string | null,
  limits: Pick<FileLimits, 'imageBytes' | 'archiveBytes'>,
): Promise<Map<string, PageResource>> {
  const resources = new Map<string, PageResource>();
  const references = imageReferences(document).slice(0, MAX_FILES);
  const folder = await resourceFolder(htmlPath, references);
  if (!folder) return resources;
  const inside = (await realpath(folder)) + sep;
  const fileBase = pathToFileURL(htmlPath);
  const webBase = webAddress(document.querySelector('base[href]')?.getAttribute('href'), pageUrl ?? undefined) ?? pageUrl;

  let budget = limits.archiveBytes;
  for (const reference of new Set(references)) {
    const fileUrl = new URL(reference, fileBase);
    if (fileUrl.protocol !== 'file:') continue;
    const resource = await readImage(fileURLToPath(new URL(fileUrl.pathname, fileUrl)), inside, Math.min(limits.imageBytes, budget));
    if (!resource) continue;
    budget -= resource.bytes.byteLength;
    resources.set(fileUrl.href, resource);
    if (webBase && isRelative(reference)) resources.set(new URL(reference, webBase).href, resource);
  }
  return resources;
}

/** Every address the page's images are given by: src, srcset candidates, lazy-loading data-* attributes, posters. */
function imageReferences(document: PageDocument): string[] {
  const found: string[] = [];
  for (const element of document.querySelectorAll('img, source, video, input[type="image"], [data-src], [data-srcset]')) {
    for (const name of ['src', 'data-src', 'poster']) {
      const value = element.getAttribute(name)?.trim();
      if (value) found.push(value);
    }
    for (const name of ['srcset', 'data-srcset']) {
      for (const candidate of element.getAttribute(name)?.split(/,\s+/) ?? []) {
        const address = candidate.trim().split(/\s+/)[0];
        if (address) found.push(address);
      }
    }
  }
  return found;
}

async function resourceFolder(htmlPath: string, references: string[]): Promise<string | null> {
  const dir = dirname(htmlPath);
  const named = join(dir, `${basename(htmlPath, extname(htmlPath))}_files`);
  if (await isDirectory(named)) return named;
  for (const reference of references.filter(isRelative)) {
    const first = safeDecode(reference.replace(/^\.\//, '').split('/')[0] ?? '');
    if (first && first !== '.' && first !== '..' && !/[/\\]/.test(first) && reference.includes('/') && (await isDirectory(join(dir, first)))) return join(dir, first);
  }
  return null;
}

async function readImage(path: string, inside: string, maxBytes: number): Promise<PageResource | null> {
  try {
    const real = await realpath(path);
    if (!real.startsWith(inside)) return null;
    const info = await stat(real);
    if (!info.isFile() || info.size > maxBytes) return null;
    const bytes = await readFile(real);
    const type = await sniffImage(bytes);
    return type ? { bytes, contentType: type.mime } : null;
  } catch {
    // A missing or unreadable image is left to the image step, which records it as missing.
    return null;
  }
}

const isRelative = (reference: string) => !/^[a-z][a-z\d+.-]*:/i.test(reference) && !reference.startsWith('/') && !reference.startsWith('\\');

const isDirectory = (path: string) => stat(path).then((info) => info.isDirectory(), () => false);

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
