import type { OutputOf } from '#shared/ipc/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../ipc/client';
import { useQuery } from '../../lib/useQuery';

export type BackupStatus = OutputOf<'backup:status'>;
export type BackupMade = OutputOf<'backup:create'>;
export type DrillResult = OutputOf<'backup:verify'>;
export type BackupProgress = OutputOf<'backup:progress'>;
export type RestoreResult = OutputOf<'backup:restore'>;

const loadStatus = () => call('backup:status', {});

/** The last backup made and verified, the reminder interval, and whether to remind. */
export function useBackupStatus() {
  return useQuery(loadStatus);
}

const POLL_MS = 200;

export type ProgressBar = { state: 'idle' } | { state: 'running'; progress: BackupProgress | null } | { state: 'done' };

/**
 * Polls `backup:progress` while `backup:create` is pending. A poll that says
 * `running: false` is the previous run's state, so the bar waits for the call's own answer.
 */
export function useBackupProgress() {
  const [bar, setBar] = useState<ProgressBar>({ state: 'idle' });
  const run = useRef(0);
  const start = useCallback(() => {
    const id = ++run.current;
    setBar({ state: 'running', progress: null });
    const poll = () => {
      void call('backup:progress', {}).then((result) => {
        if (run.current !== id) return;
        if (result.ok && result.value.running) setBar({ state: 'running', progress: result.value });
        window.setTimeout(() => {
          if (run.current === id) poll();
        }, POLL_MS);
      });
    };
    window.setTimeout(poll, POLL_MS);
  }, []);
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
