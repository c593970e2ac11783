import { useCallback, useEffect, useRef } from 'react';
import type { ColumnState, GridApi } from 'ag-grid-community';
import { call } from '../../../ipc/client';
import { useQuery } from '../../../lib/useQuery';

/** The operator's setting holding the disputes grid's column order, widths, visibility and sort. */
const KEY = 'grid.disputes';
const SAVE_AFTER_MS = 800;

type Stored = { v: 1; columns: ColumnState[] };

const load = () => call('prefs:get', { key: KEY });

function parse(value: string | null | undefined): ColumnState[] | null {
  if (!value) return null;
  try {
    const stored = JSON.parse(value) as Partial<Stored>;
    return stored.v === 1 && Array.isArray(stored.columns) ? stored.columns : null;
  } catch {
    return null;
  }
}

/**
 * The remembered column state (read once; `ready` when known, also when the read
 * failed: the grid then opens with its defaults) and a debounced save for column events.
 */
export function useColumnPrefs() {
  const saved = useQuery(load);
  const ready = !saved.loading || saved.error !== null;
  const pending = useRef<string | null>(null);
  const timer = useRef<number | null>(null);
  const last = useRef<string | null>(null);

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    pending.current = null;
    if (value === null || value === last.current) return;
    last.current = value;
    // A lost preference is not worth bothering the clerk about: the grid works with its defaults.
    void call('prefs:set', { key: KEY, value });
  }, []);

  const schedule = useCallback(
    (api: GridApi) => {
      pending.current = JSON.stringify({ v: 1, columns: api.getColumnState() } satisfies Stored);
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, SAVE_AFTER_MS);
    },
    [flush],
  );

  // Leaving the page right after dragging a column still saves it.
  useEffect(() => flush, [flush]);

  const columns = ready ? parse(saved.data?.value) : null;
  return { ready, columns, schedule };
}
