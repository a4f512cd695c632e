export interface BackupScheduleOptions {
  /** Whether a backup is due now (the newest is older than the interval). */
  dueNow: boolean;
  intervalMs: number;
  backup: () => Promise<void>;
  onFailure: (error: unknown) => void;
}

/**
 * Backups while the library is open: one at once when due, then one per interval, so an app left open
 * for weeks still has a recent backup to restore a damaged file from. Each runs behind the app's work;
 * `stop` ends the schedule and waits for a backup under way.
 */
export function scheduleBackups({ dueNow, intervalMs, backup, onFailure }: BackupScheduleOptions): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running.then(backup).catch(onFailure);
  };
  if (dueNow) run();
  const timer = setInterval(run, intervalMs);
  timer.unref?.(); // never the reason a command-line run stays alive
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
