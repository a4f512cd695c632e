import type { Library } from '../library/library';
import type { CaptureSources } from './captureSources';
import { createCaptureService } from './captureService';
import { createExtractorPool } from './extract/extractorPool';
import { extractWorkerEntry } from './extract/extractWorkerEntry';
import type { CaptureService } from './types';

export interface StartCaptureOptions {
  library: Pick<Library, 'articles' | 'settings'>;
  sources: CaptureSources;
}

/**
 * Capture as the app runs it: the extraction workers and the service over them. Closing it cancels
 * the saves under way, waits for them to clean up, then stops the workers; the library is closed after.
 */
export function startCapture({ library, sources }: StartCaptureOptions): CaptureService {
  const extractor = createExtractorPool(extractWorkerEntry());
  const service = createCaptureService({ library, extractor, sources });
  return {
    ...service,
    async close() {
      await service.close();
      await extractor.close();
    },
  };
}
