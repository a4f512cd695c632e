/** How to start the extraction worker: its entry file and the Node options it needs. */
export interface WorkerEntry {
  workerUrl: URL;
  execArgv: string[];
}

/**
 * Built, this module is bundled into out/main/index.js or out/main/cli.js, and the worker is built
 * beside them (electron-vite input `extractWorker`). Run from source (tsx: the harness, tests, the CLI
 * in development) this module is a .ts file next to the worker's source, loaded through tsx.
 */
export function extractWorkerEntry(moduleUrl: string = import.meta.url): WorkerEntry {
  if (moduleUrl.endsWith('.ts')) return { workerUrl: new URL('./extractWorker.ts', moduleUrl), execArgv: ['--import', 'tsx'] };
  return { workerUrl: new URL('./extractWorker.js', moduleUrl), execArgv: [] };
}
