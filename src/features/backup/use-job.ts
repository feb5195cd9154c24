// A long backup job (export or read) with a progress fraction and a cancel button.
import { useCallback, useRef, useState } from 'react';

export interface Job {
  running: boolean;
  progress: number;
  label: string;
  run: <T>(label: string, work: (signal: AbortSignal, onProgress: (fraction: number) => void) => Promise<T>) => Promise<T | undefined>;
  cancel: () => void;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function useJob(): Job {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState(0);
  const [label, setLabel] = useState('');
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(async <T,>(text: string, work: (signal: AbortSignal, onProgress: (f: number) => void) => Promise<T>) => {
    const abort = new AbortController();
    controller.current = abort;
    setLabel(text);
    setProgress(0);
    setRunning(true);
    try {
      return await work(abort.signal, setProgress);
    } catch (error) {
      // A cancel is the officer's choice, not an error to show.
      if (abort.signal.aborted) return undefined;
      throw error;
    } finally {
      controller.current = null;
      setRunning(false);
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(new CancelledError()), []);
  return { running, progress, label, run, cancel };
}
