import type { Api } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Installed by the preload (or the development harness's bridge script). */
    archive: Api;
  }
}
