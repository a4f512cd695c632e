import type { CaptureSources } from './captureSources';
import { fetchImage } from './fetch/fetchImage';
import { fetchPage } from './fetch/fetchPage';
import { pastedPage } from './sources/pastedPage';
import { readDroppedFile } from './sources/readDroppedFile';
import { readPageFile } from './sources/readPageFile';
import { sniffImage } from './sources/sniffContent';

/** The real sources: the network under the fetching rules, files on disk, dropped files and the clipboard. */
export const defaultCaptureSources: CaptureSources = {
  fetchPage: (url, options) => fetchPage(url, options),
  fetchImage: (url, options) => fetchImage(url, options),
  sniffImage,
  readPageFile: (path) => readPageFile(path),
  readDroppedFile: (name, bytes) => readDroppedFile(name, bytes),
  pastedPage,
};
