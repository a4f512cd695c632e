import type { Extractor } from '../main/core/capture/types';
import type { CommandContext } from './commandContext';

/** Runs `use` with the extraction workers started, and stops them afterwards so the process can exit. */
export async function withExtractor<T>({ services }: CommandContext, use: (extractor: Extractor) => Promise<T>): Promise<T> {
  const extractor = services.createExtractor();
  try {
    return await use(extractor);
  } finally {
    await extractor.close();
  }
}
