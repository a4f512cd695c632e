import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Result } from '../../../../shared/ipc/result';
import type { CaptureInput, CaptureJob } from '../../../../shared/model/capture';
import { useApi } from '../../lib/api';
import { mergeJobs } from './mergeJobs';
import type { Refusal, TransferContents } from './readTransfer';

export interface Capture {
  /** Saves running and recently finished, oldest first, minus those dismissed. */
  jobs: CaptureJob[];
  start: (input: CaptureInput) => Promise<Result<CaptureJob>>;
  /** The desktop app's file picker; in a browser it answers 'unsupported'. */
  pickFiles: () => Promise<Result<CaptureJob[]>>;
  cancel: (jobId: string) => void;
  dismiss: (jobId: string) => void;
  /** Starts a save for each input of a paste or drop, and shows what was refused among the saves. */
  saveAll: (contents: TransferContents) => void;
}

let localIds = 0;

/** A failed job made here, for a refusal the capture service never saw. */
function refusedJob({ label, message }: Refusal, code = 'unsupported'): CaptureJob {
  const now = new Date().toISOString();
  return { id: `refused-${++localIds}`, label, state: 'failed', images: null, articleId: null, title: null, error: { code, message }, startedAt: now, finishedAt: now };
}

/** How a save that could not start is named in the panel. */
function labelOf(input: CaptureInput): string {
  switch (input.kind) {
    case 'url':
      return input.url;
    case 'file':
      return input.name;
    case 'html':
      return 'Pasted page';
    case 'text':
      return 'Pasted text';
  }
}

/** The saves: those the app already runs (capture.jobs), followed live through onCaptureProgress. */
export function useCapture(): Capture {
  const api = useApi();
  const [known, setKnown] = useState<ReadonlyMap<string, CaptureJob>>(new Map());
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const track = useCallback((news: readonly CaptureJob[]) => setKnown((current) => mergeJobs(current, news)), []);

  useEffect(() => {
    let current = true;
    // The list only seeds the panel; if it cannot be read, live progress still fills it.
    void api.capture.jobs().then((result) => current && result.ok && track(result.value));
    const unsubscribe = api.onCaptureProgress((job) => track([job]));
    return () => {
      current = false;
      unsubscribe();
    };
  }, [api, track]);

  const start = useCallback(
    async (input: CaptureInput) => {
      const result = await api.capture.start({ input });
      if (result.ok) track([result.value]);
      return result;
    },
    [api, track],
  );

  const saveAll = useCallback(
    ({ inputs, refused }: TransferContents) => {
      track(refused.map((refusal) => refusedJob(refusal)));
      for (const input of inputs) {
        void start(input).then((result) => {
          if (!result.ok) track([refusedJob({ label: labelOf(input), message: result.error.message }, result.error.code)]);
        });
      }
    },
    [start, track],
  );

  const pickFiles = useCallback(async () => {
    const result = await api.capture.pickFiles();
    if (result.ok) track(result.value);
    return result;
  }, [api, track]);

  const cancel = useCallback(
    (jobId: string) => {
      void api.capture.cancel({ jobId }).then((result) => {
        const job = known.get(jobId);
        if (!result.ok && job) track([refusedJob({ label: job.label, message: result.error.message }, result.error.code)]);
      });
    },
    [api, known, track],
  );

  const dismiss = useCallback((jobId: string) => setDismissed((ids) => new Set(ids).add(jobId)), []);

  const jobs = useMemo(
    () => [...known.values()].filter((job) => !dismissed.has(job.id)).sort((a, b) => a.startedAt.localeCompare(b.startedAt)),
    [known, dismissed],
  );
  return { jobs, start, saveAll, pickFiles, cancel, dismiss };
}
