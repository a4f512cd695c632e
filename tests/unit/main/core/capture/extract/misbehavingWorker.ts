import { parentPort } from 'node:worker_threads';
import type { WorkerRequest } from '../../../../../../src/main/core/capture/extract/workerProtocol';

// A worker that misbehaves on request, to prove the pool survives it: 'hang' never answers, 'crash' throws
// outside any handler, 'exit' ends the thread; anything else is answered at once.
parentPort?.on('message', (request: WorkerRequest) => {
  const text = request.op === 'extract' ? request.input.text : request.input.html;
  if (text === 'hang') return;
  if (text === 'crash') setImmediate(() => { throw new Error('boom'); });
  else if (text === 'exit') process.exit(3);
  else parentPort?.postMessage({ id: request.id, ok: true, value: `echo:${text}` });
});
