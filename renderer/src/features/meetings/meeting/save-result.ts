import type { Envelope, ErrorBody } from '#shared/ipc/envelope';
import { noteSessionLoss } from '../../../lib/session-events';

/** Runs one save and reports its error (null on success); the page reloads on `data:changed`. */
export async function saveWith(run: () => Promise<Envelope<unknown>>, setError: (e: ErrorBody | null) => void): Promise<boolean> {
  setError(null);
  const r = await run();
  noteSessionLoss(r);
  if (!r.ok) setError(r.error);
  return r.ok;
}
