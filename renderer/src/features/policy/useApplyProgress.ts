import type { OutputOf } from '#shared/ipc/contract';
import { call } from '../../ipc/client';
import { usePolledProgress } from '../../lib/usePolledProgress';

export type ApplyProgress = OutputOf<'policy:apply-progress'>;

const poll = () => call('policy:apply-progress', {});
const live = (p: ApplyProgress) => p.phase === 'recomputing';

/** Polls `policy:apply-progress` while `policy:apply-pack` is pending (the recompute reports per batch). */
export function useApplyProgress() {
  const { bar, start, finish } = usePolledProgress(poll, live);
  return { progress: bar.state === 'running' ? bar.progress : null, running: bar.state === 'running', start, finish: () => finish(true) };
}
