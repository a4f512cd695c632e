import type { CliIo } from './io';
import type { CliServices } from './services';

/** What every command gets: where to read and write, what it runs on, and how to report its outcome. */
export interface CommandContext {
  io: CliIo;
  services: CliServices;
  /** Sets the exit code the run ends with (0 unless a command says otherwise). */
  exit(code: number): void;
}
