import type { OutputOf } from '#shared/ipc/contract';
import { call } from '../../ipc/client';
import { usePolledProgress, type ProgressBar as Bar } from '../../lib/usePolledProgress';
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

export type ProgressBar = Bar<BackupProgress>;

const pollProgress = () => call('backup:progress', {});
const live = (p: BackupProgress) => p.running;

/** Polls `backup:progress` while `backup:create` is pending. */
export function useBackupProgress() {
  return usePolledProgress(pollProgress, live);
}
