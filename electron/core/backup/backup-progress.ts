import type { BackupPhase } from '#shared/domain/backup/backup.schema';

export type BackupProgress = { running: boolean; phase: BackupPhase; percent: number };
export type BackupProgressListener = (p: BackupProgress) => void;

// Share of the whole run each phase takes: copying the pages, hashing the copy, then encrypting and writing it.
const SPAN: Record<BackupPhase, [number, number]> = {
  idle: [0, 0],
  copying: [0, 35],
  hashing: [35, 50],
  encrypting: [50, 100],
  done: [100, 100],
  failed: [0, 0],
};

/** In memory only (polled by `backup:progress` without touching the database), pushed to an optional listener (the CLI's bar). */
export function backupProgressTracker() {
  let state: BackupProgress = { running: false, phase: 'idle', percent: 0 };
  let listener: BackupProgressListener | undefined;
  return {
    get: (): BackupProgress => ({ ...state }),
    start(onProgress?: BackupProgressListener) {
      listener = onProgress;
      state = { running: true, phase: 'copying', percent: 0 };
      listener?.(state);
    },
    set(phase: BackupPhase, done: number, total: number) {
      const [from, to] = SPAN[phase];
      const percent = Math.round(from + (total > 0 ? (to - from) * Math.min(1, done / total) : 0));
      state = { running: phase !== 'done' && phase !== 'failed', phase, percent: phase === 'failed' ? state.percent : Math.max(percent, phase === 'done' ? 100 : 0) };
      listener?.({ ...state });
      if (!state.running) listener = undefined;
    },
  };
}
export type BackupProgressTracker = ReturnType<typeof backupProgressTracker>;
