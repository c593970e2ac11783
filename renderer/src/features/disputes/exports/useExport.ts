import { useState } from 'react';
import type { InputOf, OutputOf } from '#shared/ipc/contract';
import type { ErrorBody } from '#shared/ipc/envelope';
import { call } from '../../../ipc/client';
import { noteSessionLoss } from '../../../lib/session-events';

type ExportChannel = 'disputes:export-ledger' | 'disputes:export-monthly';

/** One .xlsx export: busy while the core writes the file, then where it was saved (or why not). */
export function useExport<C extends ExportChannel>(channel: C) {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<OutputOf<C> | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const run = (input: InputOf<C>) => {
    setBusy(true);
    setSaved(null);
    setError(null);
    void call(channel, input).then((result) => {
      setBusy(false);
      noteSessionLoss(result);
      if (result.ok) setSaved(result.value);
      else setError(result.error);
    });
  };
  const dismiss = () => {
    setSaved(null);
    setError(null);
  };
  return { busy, saved, error, run, dismiss };
}

export type ExportState<C extends ExportChannel> = ReturnType<typeof useExport<C>>;
