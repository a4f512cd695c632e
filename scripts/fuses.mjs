// The Electron fuses every packaged build must carry: the one list that the afterPack hook writes
// and scripts/read-fuses.mjs checks. Each closes a way to run other code inside the signed app.
import { FuseState, FuseV1Options, FuseVersion } from '@electron/fuses';

/** Fuse name (as in FuseV1Options) and the state it must have. */
export const requiredFuses = {
  // The app binary must not double as a general-purpose Node (ELECTRON_RUN_AS_NODE).
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
};

/** The configuration for flipFuses. An unsigned macOS build needs its ad-hoc signature redone after the flip. */
export function fuseConfig({ resetAdHocDarwinSignature }) {
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature };
  for (const [name, enabled] of Object.entries(requiredFuses)) config[FuseV1Options[name]] = enabled;
  return config;
}

/** One sentence per fuse whose state in `wire` (from getCurrentFuseWire) is not the required one. */
export function fuseMismatches(wire) {
  return Object.entries(requiredFuses).flatMap(([name, enabled]) => {
    const actual = wire[FuseV1Options[name]];
    if (actual === (enabled ? FuseState.ENABLE : FuseState.DISABLE)) return [];
    const found = actual === FuseState.ENABLE ? 'enabled' : actual === FuseState.DISABLE ? 'disabled' : 'not set';
    return [`${name} is ${found}, must be ${enabled ? 'enabled' : 'disabled'}`];
  });
}
