import type { Session } from '../call-context';
import { nowIso, type ServiceDeps } from '../service-deps';
import { readPref, writePref } from './prefs.repository';

export type PrefsService = ReturnType<typeof createPrefsService>;

/**
 * Per-operator UI state such as a grid's column layout. Not office data, so no
 * change log; the CLI (no operator) has none and saving is a no-op.
 */
export function createPrefsService(deps: ServiceDeps) {
  return {
    async get(key: string, session: Session) {
      const id = session.principal?.operatorId;
      return { value: id ? ((await readPref(deps.db, id, key))?.value ?? null) : null };
    },
    async set(key: string, value: string, session: Session) {
      const id = session.principal?.operatorId;
      if (!id) return { saved: false };
      await writePref(deps.db, id, key, value, nowIso(deps));
      return { saved: true };
    },
  };
}
