export interface BackupScheduleOptions {
  /** Whether a backup is due now (the newest is older than the interval). */
  dueNow: boolean;
  intervalMs: number;
  /** How long from now until a backup is due at this interval (0 when overdue), counted from the newest backup. */
  dueIn: (intervalMs: number) => Promise<number>;
  backup: () => Promise<void>;
  onFailure: (error: unknown) => void;
}

export interface BackupSchedule {
  /** Moves the next backup to one interval after the newest, at the new interval (the user changed it). */
  setInterval(intervalMs: number): Promise<void>;
  /** Ends the schedule and waits for a backup under way. */
  stop(): Promise<void>;
}

/**
 * Backups while the library is open: one at once when due, then one per interval, so an app left open
 * for weeks still has a recent backup to restore a damaged file from. Each runs behind the app's work.
 * A failed backup is tried again one interval later, not at once: a full disk stays full for a while.
 */
export function scheduleBackups({ dueNow, intervalMs, dueIn, backup, onFailure }: BackupScheduleOptions): BackupSchedule {
  let interval = intervalMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const wait = (ms: number) => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(run, ms);
    timer.unref?.(); // never the reason a command-line run stays alive
  };
  const run = () => {
    running = running
      .then(backup)
      .catch(onFailure)
      .finally(() => wait(interval));
  };
  const rearm = async () => wait(await dueIn(interval).catch(() => interval));
  if (dueNow) run();
  else wait(interval);
  return {
    setInterval(next) {
      if (next === interval) return running;
      interval = next;
      running = running.then(rearm);
      return running;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
