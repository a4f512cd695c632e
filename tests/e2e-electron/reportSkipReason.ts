import { locateElectronBinary } from '../../scripts/electronRuntime.mjs';

/** Why the Electron suite cannot run here, or undefined when it can. */
export function electronSkipReason(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!locateElectronBinary(env)) {
    return 'The Electron binary is not installed (node_modules/electron/dist); run `npm start` once with network access.';
  }
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return 'There is no display for a window; run the suite under xvfb-run.';
  }
  return undefined;
}

/** Says once, in the run's output, why the suite is skipped: the list reporter shows no skip reasons. */
export default function reportSkipReason(): void {
  const reason = electronSkipReason();
  if (reason) console.log(`Electron suite skipped: ${reason}`);
}
