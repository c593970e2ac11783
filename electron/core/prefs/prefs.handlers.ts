import type { prefsContract } from '#shared/ipc/contract/prefs.contract';
import type { HandlersFor } from '../handlers-for';
import type { PrefsService } from './prefs.service';

/** The per-operator UI settings channels. */
export const prefsHandlers = (prefs: PrefsService) =>
  ({
    'prefs:get': (i, s) => prefs.get(i.key, s),
    'prefs:set': (i, s) => prefs.set(i.key, i.value, s),
  }) satisfies HandlersFor<typeof prefsContract>;
