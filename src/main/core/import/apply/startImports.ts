import type { CaptureSources } from '../../capture/captureSources';
import { createExtractorPool } from '../../capture/extract/extractorPool';
import { extractWorkerEntry } from '../../capture/extract/extractWorkerEntry';
import type { Library } from '../../library/library';
import { createImportService, type ImportService } from './importService';

/**
 * Imports as the app runs them: extraction workers of their own (a big import's pages never hold up a
 * page the user saves meanwhile) and the service over them, which resumes the pending fetches at once.
 * Closing stops the fetches (what is pending stays queued for the next start), then the workers.
 */
export async function startImports({ library, sources }: { library: Library; sources: CaptureSources }): Promise<ImportService> {
  const extractor = createExtractorPool(extractWorkerEntry());
  const service = await createImportService({ library, extractor, sources }).catch(async (error: unknown) => {
    await extractor.close();
    throw error;
  });
  return {
    ...service,
    async close() {
      await service.close();
      await extractor.close();
    },
  };
}
