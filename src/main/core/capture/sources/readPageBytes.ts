import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { AppError } from '../../../../shared/ipc/result';
import type { RawPage } from '../types';
import { decodeDocument } from './decodeDocument';
import { parseMhtml } from './mhtmlArchive';
import { checkFileSize, requirePageFileKind, type FileLimits } from './pageFile';
import { savedPageAddress } from './savedPageAddress';
import { savedPageResources } from './savedPageResources';
import { sniffContent } from './sniffContent';

/**
 * A saved page or text file as a RawPage, from its name and bytes. With the file's `path`, a page saved
 * "complete" also brings the images of its resource folder.
 */
export async function readPageBytes(name: string, bytes: Uint8Array, limits: FileLimits, path?: string): Promise<RawPage> {
  const kind = requirePageFileKind(name);
  checkFileSize(name, kind, bytes.byteLength, limits);
  const found = await sniffContent(bytes);
  if (found && found.ext !== 'xml' && !found.mime.startsWith('text/')) throw unreadable(`${name} is not a web page or text file: it holds ${found.mime} data.`);
  const page = { bytes, rawKind: kind.rawKind, format: kind.format, contentType: kind.contentType, source: 'file', fileName: name, requestedUrl: null, httpStatus: null } as const;

  if (kind.rawKind === 'mhtml') {
    const archive = parseMhtml(bytes, name);
    const text = readableText(name, decodeDocument(archive.html.bytes, archive.html.contentType).text);
    return { ...page, text, url: archive.url, baseUrl: archive.url, resources: archive.resources };
  }
  if (kind.format === 'html') {
    const text = readableText(name, decodeDocument(bytes, null).text);
    const { document } = parseHTML(text);
    const url = savedPageAddress(text, document);
    const resources = path ? await savedPageResources(path, document, url, limits) : new Map();
    return { ...page, text, url, baseUrl: url ?? (path ? pathToFileURL(path).href : null), resources };
  }
  const text = readableText(name, decodeDocument(bytes, null, { html: false }).text);
  return { ...page, text, url: null, baseUrl: null, resources: new Map() };
}

/** Decoded text that is really text: not empty, and free of the NUL characters only binary data has. */
function readableText(name: string, text: string): string {
  if (text.includes('\0')) throw unreadable(`${name} is not a web page or text file: it holds binary data.`);
  if (text.trim() === '') throw unreadable(`${name} is empty.`);
  return text;
}

const unreadable = (message: string) => new AppError('unreadable-file', message);
