import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../ipc/client';
import type { ExportProgress } from './useSync';

/** How often the bar asks the core how far the export is. */
const POLL_MS = 200;

export type ProgressBar = { state: 'idle' } | { state: 'running'; progress: ExportProgress | null } | { state: 'done' };

/**
 * Polls `sync:export-progress` while an export call is pending. A poll answered
 * with `running: false` is the previous export's state (or this one's, already
 * finished): it is not shown, the bar waits for the call's own answer.
 */
export function useExportProgress() {
  const [bar, setBar] = useState<ProgressBar>({ state: 'idle' });
  const run = useRef(0);

  const start = useCallback(() => {
    const id = ++run.current;
    setBar({ state: 'running', progress: null });
    const poll = () => {
      void call('sync:export-progress', {}).then((result) => {
        if (run.current !== id) return;
        if (result.ok && result.value.running) setBar({ state: 'running', progress: result.value });
        window.setTimeout(() => {
          if (run.current === id) poll();
        }, POLL_MS);
      });
    };
    window.setTimeout(poll, POLL_MS);
  }, []);

  /** The export call answered: a full bar when it succeeded, no bar when it failed (its error says why). */
  const finish = useCallback((ok: boolean) => {
    run.current += 1;
    setBar(ok ? { state: 'done' } : { state: 'idle' });
  }, []);

  // Leaving the page stops polling (the export itself goes on in the core).
  useEffect(
    () => () => {
      run.current += 1;
    },
    [],
  );

  return { bar, start, finish };
}
