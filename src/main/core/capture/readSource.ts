import { basename } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import type { CaptureInput } from '../../../shared/model/capture';
import type { CaptureSources, SourceOptions } from './captureSources';
import type { RawPage } from './types';

/** What a job saves: the user's input, a path from the file picker or command line, or a page a folder yielded. */
export type CaptureSource = CaptureInput | { kind: 'path'; path: string } | { kind: 'page'; page: RawPage };

/** What the user sees a job as: the address, the file name, or "Pasted text". */
export function labelOf(source: CaptureSource): string {
  switch (source.kind) {
    case 'url':
      return source.url;
    case 'text':
    case 'html':
      return 'Pasted text';
    case 'file':
      return source.name;
    case 'path':
      return basename(source.path) || source.path;
    case 'page':
      return source.page.fileName ?? 'Saved page';
  }
}

/** Reads or fetches what a job saves. A folder gives several pages; every other source gives one. */
export async function readSource(source: CaptureSource, sources: CaptureSources, options: SourceOptions): Promise<[RawPage, ...RawPage[]]> {
  switch (source.kind) {
    case 'url':
      return [await sources.fetchPage(source.url, options)];
    case 'text':
    case 'html':
      return [sources.pastedPage(source)];
    case 'file':
      return [await sources.readDroppedFile(source.name, Buffer.from(source.base64, 'base64'))];
    case 'path': {
      const [first, ...more] = await sources.readPageFile(source.path);
      if (!first) throw new AppError('nothing-to-save', `${labelOf(source)} holds no saved pages or text files.`);
      return [first, ...more];
    }
    case 'page':
      return [source.page];
  }
}
