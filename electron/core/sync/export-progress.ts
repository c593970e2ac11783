import type { ExportPhase } from '#shared/domain/sync/sync.schema';

export type ExportProgress = { running: boolean; phase: ExportPhase; done: number; total: number; percent: number };
export type ProgressListener = (p: ExportProgress) => void;

// Rough share of the whole export each phase takes, for one monotone percentage.
const SPAN: Record<ExportPhase, [number, number]> = {
  idle: [0, 0],
  reading: [0, 60],
  packing: [60, 70],
  encrypting: [70, 90],
  writing: [90, 100],
  done: [100, 100],
  failed: [0, 0],
};

/**
 * The export's progress: kept in memory (polled by `sync:export-progress`, which
 * touches no database) and pushed to an optional listener (the CLI's bar; a
 * transport can forward it as an event).
 */
export function progressTracker() {
  let state: ExportProgress = { running: false, phase: 'idle', done: 0, total: 0, percent: 0 };
  let listener: ProgressListener | undefined;
  return {
    get: (): ExportProgress => ({ ...state }),
    start(onProgress?: ProgressListener) {
      listener = onProgress;
      state = { running: true, phase: 'reading', done: 0, total: 0, percent: 0 };
      listener?.(state);
    },
    set(phase: ExportPhase, done: number, total: number) {
      const [from, to] = SPAN[phase];
      const percent = Math.round(from + (total > 0 ? (to - from) * Math.min(1, done / total) : 0));
      state = { running: phase !== 'done' && phase !== 'failed', phase, done, total, percent: phase === 'failed' ? state.percent : percent };
      listener?.({ ...state });
      if (!state.running) listener = undefined;
    },
  };
}
