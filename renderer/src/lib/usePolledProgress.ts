import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope } from '#shared/ipc/envelope';

/** How often a bar asks the core how far a long call is. */
const POLL_MS = 200;

export type ProgressBar<P> = { state: 'idle' } | { state: 'running'; progress: P | null } | { state: 'done' };

/**
 * The progress bar of a long call (bundle export, backup, policy-pack application): while
 * the call is pending, polls the channel that reports how far it is. A report that is not
 * `live` (the previous run's, or this one's already finished) is not shown: the bar waits
 * for the call's own answer, which `finish` gives. Leaving the page stops polling; the work
 * itself goes on in the core.
 */
/** `poll` and `live` should be module-level functions (a new one each render restarts nothing, but re-creates `start`). */
export function usePolledProgress<P>(poll: () => Promise<Envelope<P>>, live: (progress: P) => boolean) {
  const [bar, setBar] = useState<ProgressBar<P>>({ state: 'idle' });
  const run = useRef(0);

  const start = useCallback(() => {
    const id = ++run.current;
    setBar({ state: 'running', progress: null });
    const ask = () => {
      void poll().then((result) => {
        if (run.current !== id) return;
        if (result.ok && live(result.value)) setBar({ state: 'running', progress: result.value });
        window.setTimeout(() => run.current === id && ask(), POLL_MS);
      });
    };
    window.setTimeout(ask, POLL_MS);
  }, [poll, live]);

  /** The call answered: a full bar when it succeeded, no bar when it failed (its error says why). */
  const finish = useCallback((ok: boolean) => {
    run.current += 1;
    setBar(ok ? { state: 'done' } : { state: 'idle' });
  }, []);

  useEffect(
    () => () => {
      run.current += 1;
    },
    [],
  );
  return { bar, start, finish };
}
