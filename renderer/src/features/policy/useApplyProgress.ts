import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutputOf } from '#shared/ipc/contract';
import { call } from '../../ipc/client';

const POLL_MS = 200;
export type ApplyProgress = OutputOf<'policy:apply-progress'>;

/** Polls `policy:apply-progress` while `policy:apply-pack` is pending (the recompute reports per batch). */
export function useApplyProgress() {
  const [progress, setProgress] = useState<ApplyProgress | null>(null);
  const [running, setRunning] = useState(false);
  const run = useRef(0);
  const start = useCallback(() => {
    const id = ++run.current;
    setRunning(true);
    setProgress(null);
    const poll = () => {
      void call('policy:apply-progress', {}).then((r) => {
        if (run.current !== id) return;
        if (r.ok && r.value.phase === 'recomputing') setProgress(r.value);
        window.setTimeout(() => run.current === id && poll(), POLL_MS);
      });
    };
    window.setTimeout(poll, POLL_MS);
  }, []);
  const finish = useCallback(() => {
    run.current += 1;
    setRunning(false);
  }, []);
  useEffect(
    () => () => {
      run.current += 1;
    },
    [],
  );
  return { progress, running, start, finish };
}
