import { homedir } from 'node:os';
import type { CaptureSources } from '../main/core/capture/captureSources';
import { defaultCaptureSources } from '../main/core/capture/defaultSources';
import { createExtractorPool } from '../main/core/capture/extract/extractorPool';
import { extractWorkerEntry } from '../main/core/capture/extract/extractWorkerEntry';
import type { Extractor } from '../main/core/capture/types';
import { defaultLibraryDir } from './defaultLibraryDir';
import type { CliIo } from './io';

/** What the commands run on, beyond their io; tests replace what they must control. */
export interface CliServices {
  /** The desktop app's library folder, used when neither --library nor NEWS_ARCHIVE_LIBRARY names one. */
  defaultLibraryDir(): string;
  /** Where pages and images come from: the network and files. */
  sources: CaptureSources;
  /** Starts the extraction workers; the caller closes them. */
  createExtractor(): Extractor;
}

export function defaultServices(io: CliIo): CliServices {
  return {
    defaultLibraryDir: () => defaultLibraryDir({ platform: process.platform, env: io.env, homedir: homedir() }),
    sources: defaultCaptureSources,
    createExtractor: () => createExtractorPool(extractWorkerEntry()),
  };
}
