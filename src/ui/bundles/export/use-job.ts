import { useEffect, useRef, useState } from 'preact/hooks';

export interface JobProgress {
  label: string;
  done?: number;
  total?: number;
}

export interface JobOutcome {
  kind: 'ok' | 'error' | 'cancelled';
  text: string;
}

export interface JobContext {
  signal: AbortSignal;
  progress: (update: JobProgress) => void;
}

const isAbort = (error: unknown) => (error as { name?: unknown } | null)?.name === 'AbortError';

/**
 * One long task at a time (an export, a backup) with its progress, a cancel
 * that stops it between chunks, and the outcome to show. Leaving the page
 * cancels it too.
 */
export function useJob(messages: { cancelled: string; failed: (error: unknown) => string }) {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [outcome, setOutcome] = useState<JobOutcome | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const run = async (work: (ctx: JobContext) => Promise<string>) => {
    if (controller.current) return;
    const current = new AbortController();
    controller.current = current;
    setOutcome(null);
    try {
      const text = await work({ signal: current.signal, progress: setProgress });
      setOutcome({ kind: 'ok', text });
    } catch (error) {
      if (isAbort(error) || current.signal.aborted) setOutcome({ kind: 'cancelled', text: messages.cancelled });
      else setOutcome({ kind: 'error', text: messages.failed(error) });
    } finally {
      controller.current = null;
      setProgress(null);
    }
  };

  const cancel = () => controller.current?.abort(new DOMException('cancelled', 'AbortError'));
  return { progress, outcome, running: progress !== null, run, cancel };
}
