// Types for fuses.mjs, so the TypeScript tests can import it.
import type { FuseConfig, FuseState } from '@electron/fuses';
export const requiredFuses: Record<string, boolean>;
export function fuseConfig(options: { resetAdHocDarwinSignature: boolean }): FuseConfig;
export function fuseMismatches(wire: FuseConfig<FuseState>): string[];
