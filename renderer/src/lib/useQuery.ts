import { useCallback, useEffect, useState } from 'react';
import type { Envelope, ErrorBody } from '#shared/ipc/envelope';
import { DATA_CHANGED } from '../ipc/client';
import { noteSessionLoss, onWindowEvent } from './session-events';

export type Query<T> = { data: T | null; error: ErrorBody | null; loading: boolean; reload: () => void };

/**
 * Loads data through `call` and loads it again after every successful mutation
 * (`data:changed`). `load` must be stable: define it at module level or with useCallback.
 * On an error the last good data stays on screen beside the message.
 */
export function useQuery<T>(load: () => Promise<Envelope<T>>): Query<T> {
  const [state, setState] = useState<{ data: T | null; error: ErrorBody | null; loading: boolean; of: unknown }>({
    data: null,
    error: null,
    loading: true,
    of: load,
  });
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    void load().then((result) => {
      if (!live) return;
      noteSessionLoss(result);
      setState((prev) =>
        result.ok
          ? { data: result.value, error: null, loading: false, of: load }
          : { data: prev.of === load ? prev.data : null, error: result.error, loading: false, of: load },
      );
    });
    return () => {
      live = false;
    };
  }, [load, tick]);

  useEffect(() => onWindowEvent(DATA_CHANGED, () => setTick((n) => n + 1)), []);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  // Data loaded for a previous `load` (another record's id) is not shown as this one's.
  const current = state.of === load;
  return { data: current ? state.data : null, error: current ? state.error : null, loading: !current || state.loading, reload };
}
