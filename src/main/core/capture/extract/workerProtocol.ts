import type { ErrorCode } from '../../../../shared/ipc/result';
import type { Extraction, Extractor } from '../types';

/** What the pool asks of an extraction worker, and what the worker answers. Plain data: it crosses threads. */
export type WorkerRequest =
  | { id: number; op: 'extract'; input: Parameters<Extractor['extract']>[0] }
  | { id: number; op: 'sanitize'; input: Parameters<Extractor['sanitize']>[0] };

export type WorkerResponse =
  | { id: number; ok: true; value: Extraction | string }
  | { id: number; ok: false; error: { code: ErrorCode | null; message: string } };
