import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const childScript = fileURLToPath(new URL('./libraryChild.ts', import.meta.url));

export interface LibraryChild {
  process: ChildProcess;
  /** Every line the child printed so far. */
  lines: string[];
  /** Resolves once the child printed `count` lines (rejects if it exits first). */
  waitForLines(count: number): Promise<void>;
  kill(): Promise<void>;
}

/** Runs support/libraryChild.ts in its own Node process (TypeScript through tsx). */
export function spawnLibraryChild(mode: 'hold' | 'burst', dir: string): LibraryChild {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, mode, dir], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stderr = '';
  let pending = '';
  const waiters = new Set<() => void>();
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts);
    for (const wake of waiters) wake();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  return {
    process: child,
    lines,
    waitForLines: (count) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (lines.length >= count) {
            waiters.delete(check);
            resolve();
          }
        };
        waiters.add(check);
        check();
        void exited.then(() => reject(new Error(`child exited early: ${stderr}`)));
      }),
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
