import { call } from '../../ipc/client';
import { usePolledProgress, type ProgressBar as Bar } from '../../lib/usePolledProgress';
import type { ExportProgress } from './useSync';

export type ProgressBar = Bar<ExportProgress>;

const poll = () => call('sync:export-progress', {});
const live = (p: ExportProgress) => p.running;

/** Polls `sync:export-progress` while an export call is pending. */
export function useExportProgress() {
  return usePolledProgress(poll, live);
}
