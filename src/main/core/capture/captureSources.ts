import type { CaptureInput } from '../../../shared/model/capture';
import type { RawPage } from './types';

export interface SourceOptions {
  /** Whether this computer and the local network may be fetched from (the user's setting when the job starts). */
  allowLocalNetwork: boolean;
  signal?: AbortSignal;
}

export interface StoredImageType {
  mime: string;
  /** The file extension the type is stored under, without the dot. */
  ext: string;
}

/** Where capture gets pages and images from: the network, files, the clipboard. Injected, so tests bring fakes. */
export interface CaptureSources {
  fetchPage(url: string, options: SourceOptions): Promise<RawPage>;
  /** An image's bytes, size-capped and typed by content; rejects with an AppError saying why not. */
  fetchImage(url: string, options: SourceOptions): Promise<StoredImageType & { bytes: Uint8Array }>;
  /** The image type the bytes really are, or null when they are no image we keep. */
  sniffImage(bytes: Uint8Array): Promise<StoredImageType | null>;
  /** A saved page, text file or folder of them: every page it holds. */
  readPageFile(path: string): Promise<RawPage[]>;
  readDroppedFile(name: string, bytes: Uint8Array): Promise<RawPage>;
  pastedPage(input: Extract<CaptureInput, { kind: 'text' | 'html' }>): RawPage;
}
