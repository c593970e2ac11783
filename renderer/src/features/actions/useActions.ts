import { useCallback, useState } from 'react';
import type { InputOf, OutputOf } from '#shared/ipc/contract';
import type { ErrorBody } from '#shared/ipc/envelope';
import { call } from '../../ipc/client';
import { noteSessionLoss } from '../../lib/session-events';
import { useQuery } from '../../lib/useQuery';

export function useActionItem(id: string) {
  const load = useCallback(() => call('actions:get', { id }), [id]);
  return useQuery(load);
}

/** The first few unfinished items of an estate, a dispute or a community's estates, overdue first (for their pages' cards). */
export function useOpenActions(filter: { estateId?: string; disputeId?: string; communityId?: string }, limit = 8) {
  const { estateId, disputeId, communityId } = filter;
  const load = useCallback(
    () => call('actions:list', { ...(estateId ? { estateId } : {}), ...(disputeId ? { disputeId } : {}), ...(communityId ? { communityId } : {}), offset: 0, limit }),
    [estateId, disputeId, communityId, limit],
  );
  return useQuery(load);
}

/** 导出 Excel of the list as filtered: busy while the core writes, then where it was saved (or why not). */
export function useActionsExport() {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<OutputOf<'actions:export'> | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const run = (input: InputOf<'actions:export'>) => {
    setBusy(true);
    setSaved(null);
    setError(null);
    void call('actions:export', input).then((result) => {
      setBusy(false);
      noteSessionLoss(result);
      if (result.ok) setSaved(result.value);
      else setError(result.error);
    });
  };
  return { busy, saved, error, run, dismiss: () => (setSaved(null), setError(null)) };
}
