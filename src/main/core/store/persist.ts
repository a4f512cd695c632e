import { AppError } from '../../../shared/ipc/result';

/**
 * Writes the given databases and resolves once all are durable. A failed write leaves memory ahead of
 * the disk; the next successful write of that file carries the change along.
 */
export async function persist(databases: Iterable<{ write(): Promise<void> }>): Promise<void> {
  try {
    await Promise.all([...databases].map((db) => db.write()));
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new AppError('storage-failure', `The library could not save a change to disk (${detail}).`);
  }
}
