import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../lib/api';
import { SAMPLE_ARTICLE } from './sampleArticle';

export interface WelcomeActions {
  /** Saves the sample story as a pasted text would be; undefined when the build carries no sample. */
  addSample: (() => void) | undefined;
  adding: boolean;
  dismiss: () => void;
  /** Why the last action failed, for the person to read. */
  problem: string | null;
}

/** What the welcome's buttons do: both go through the app's own channels (a text capture, a setting). */
export function useWelcomeActions(): WelcomeActions {
  const api = useApi();
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const jobId = useRef<string | null>(null);
  // A save that fails after starting (it is followed in the saves panel too) gives the button back.
  useEffect(
    () =>
      api.onCaptureProgress((job) => {
        if (job.id !== jobId.current || job.state !== 'failed') return;
        setProblem(`The sample article was not added: ${job.error?.message ?? 'the save failed'}`);
        setAdding(false);
      }),
    [api],
  );
  const addSample = async (text: string) => {
    setAdding(true);
    setProblem(null);
    const result = await api.capture.start({ input: { kind: 'text', text, format: 'text' } });
    // Once saved, the article is in the library and the welcome gives way to the list.
    if (result.ok) return void (jobId.current = result.value.id);
    setProblem(`The sample article was not added: ${result.error.message}`);
    setAdding(false);
  };
  const dismiss = async () => {
    const result = await api.settings.update({ welcomeDismissed: true });
    if (!result.ok) setProblem(`The welcome could not be closed: ${result.error.message}`);
  };
  const sample = SAMPLE_ARTICLE;
  return {
    addSample: sample === undefined ? undefined : () => void addSample(sample),
    adding,
    dismiss: () => void dismiss(),
    problem,
  };
}
