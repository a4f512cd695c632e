import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../../shared/ipc/result';
import type { Extraction, Extractor } from '../types';
import type { WorkerRequest, WorkerResponse } from './workerProtocol';

export interface ExtractorPoolOptions {
  /** The worker entry: out/main/extractWorker.js when built, extractWorker.ts under tsx. */
  workerUrl: URL;
  /** Node options of the workers, e.g. ['--import', 'tsx'] to run the .ts entry in development and tests. */
  execArgv?: string[];
  /** How many pages may be worked on at once. */
  size?: number;
  /** A page that takes longer is given up on, and its worker replaced. */
  timeoutMs?: number;
}

type Op = WorkerRequest['op'];
interface Task {
  request: WorkerRequest;
  signal: AbortSignal | undefined;
  resolve: (value: Extraction | string) => void;
  reject: (error: Error) => void;
}
interface Slot {
  worker: Worker | null;
  task: (Task & { settle: () => void }) | null;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const cancelled = () => new AppError('cancelled', 'The save was cancelled.');

/**
 * An Extractor that works in worker threads, so a hostile or huge page can neither freeze the app nor run forever:
 * a call over its time limit, or aborted, terminates its worker (a fresh one takes its place) and rejects.
 */
export function createExtractorPool(options: ExtractorPoolOptions): Extractor {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const slots: Slot[] = Array.from({ length: options.size ?? Math.max(1, Math.min(2, availableParallelism() - 1)) }, () => ({ worker: null, task: null }));
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  /** Ends the slot's task with an error; its worker is unusable now, so it goes and a new one starts on demand. */
  const fail = (slot: Slot, error: Error) => {
    const task = slot.task;
    void slot.worker?.terminate();
    slot.worker = null;
    slot.task = null;
    task?.settle();
    task?.reject(error);
    pump();
  };

  const startWorker = (slot: Slot): Worker => {
    const worker = new Worker(options.workerUrl, { execArgv: options.execArgv ?? [] });
    const current = () => slot.worker === worker;
    worker.on('message', (response: WorkerResponse) => {
      const task = slot.task;
      if (!current() || !task || task.request.id !== response.id) return;
      slot.task = null;
      task.settle();
      if (response.ok) task.resolve(response.value);
      // An expected failure keeps its code and sentence; anything else is a bug, raised as a plain Error so the
      // capture service logs it and shows the person its generic sentence instead of developer text.
      else task.reject(response.error.code ? new AppError(response.error.code, response.error.message) : new Error(`Extraction failed: ${response.error.message}`));
      pump();
    });
    worker.on('error', (error) => current() && fail(slot, new Error(`The extraction worker crashed: ${error.message}`)));
    worker.on('exit', (code) => current() && fail(slot, new Error(`The extraction worker stopped unexpectedly (exit code ${code}).`)));
    return worker;
  };

  const dispatch = (slot: Slot, task: Task) => {
    const worker = (slot.worker ??= startWorker(slot));
    const timer = setTimeout(() => fail(slot, new AppError('timeout', `Extracting the article took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.`)), timeoutMs);
    const onAbort = () => fail(slot, cancelled());
    task.signal?.addEventListener('abort', onAbort, { once: true });
    slot.task = { ...task, settle: () => (clearTimeout(timer), task.signal?.removeEventListener('abort', onAbort)) };
    worker.postMessage(task.request);
  };

  function pump(): void {
    for (const slot of slots) {
      if (closed || slot.task || queue.length === 0) continue;
      dispatch(slot, queue.shift()!);
    }
  }

  const run = <T extends Extraction | string>(op: Op, input: WorkerRequest['input'], signal?: AbortSignal): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (closed) return reject(new AppError('cancelled', 'The extractor was closed.'));
      if (signal?.aborted) return reject(cancelled());
      const task = { request: { id: nextId++, op, input } as WorkerRequest, signal, resolve: resolve as Task['resolve'], reject };
      // Aborted while still waiting for a worker: leave the queue without disturbing anyone.
      signal?.addEventListener('abort', () => queue.includes(task) && (queue.splice(queue.indexOf(task), 1), reject(cancelled())), { once: true });
      queue.push(task);
      pump();
    });

  return {
    extract: (page, signal) => run<Extraction>('extract', page, signal),
    sanitize: (input, signal) => run<string>('sanitize', input, signal),
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new AppError('cancelled', 'The extractor was closed.'));
      const workers = slots.flatMap((slot) => (slot.worker ? [slot.worker] : []));
      for (const slot of slots) if (slot.worker) fail(slot, new AppError('cancelled', 'The extractor was closed.'));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
