// Types for electronRuntime.mjs, so TypeScript tests and the Electron e2e suite can import it.
export interface ElectronBinaryLookup {
  env: Record<string, string | undefined>;
  packageDir: string;
  version: string;
  readText(path: string): string | undefined;
  exists(path: string): boolean;
}
export function findElectronBinary(lookup: ElectronBinaryLookup): string | undefined;

export interface InstallOutcome {
  status: number | null;
  signal: NodeJS.Signals | null;
  error?: Error;
  stderr: string;
}
export function installFailureReason(outcome: InstallOutcome): string;
export function cannotStartMessage(reason: string): string;
export function locateElectronBinary(env?: Record<string, string | undefined>): string | undefined;
export function electronInstallerPath(): string;
