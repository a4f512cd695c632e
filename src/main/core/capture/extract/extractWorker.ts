import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../../shared/ipc/result';
import { extractPage } from './extractPage';
import { sanitizeArticle } from './sanitizeArticle';
import type { WorkerRequest, WorkerResponse } from './workerProtocol';

/**
 * The extraction worker: runs extraction and sanitization off the main thread, one request at a time.
 * Built as out/main/extractWorker.js beside the main bundle; the pool starts it and may terminate it any time.
 */
function answer(request: WorkerRequest): WorkerResponse {
  try {
    const value = request.op === 'extract' ? extractPage(request.input) : sanitizeArticle(request.input);
    return { id: request.id, ok: true, value };
  } catch (error) {
    const code = error instanceof AppError ? error.code : null;
    return { id: request.id, ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } };
  }
}

parentPort?.on('message', (request: WorkerRequest) => parentPort?.postMessage(answer(request)));
