import type { syncContract } from '#shared/ipc/contract/sync.contract';
import { actorOf } from '../call-context';
import type { HandlersFor } from '../handlers-for';
import type { SyncServices } from './sync.services';

/** The office's sync channels: identity, city keys, registration, bundles, receipts. */
export const syncHandlers = ({ sync, bundleExport }: SyncServices) =>
  ({
    'sync:office-identity': () => sync.identity(),
    'sync:set-city-keys': (i, s) => sync.setCityKeys(i, actorOf(s)),
    'sync:write-registration': (i) => sync.writeRegistration(i),
    'sync:export-bundle': (i, s) => bundleExport.exportBundle(i, actorOf(s)),
    'sync:export-progress': async () => bundleExport.progress(),
    'sync:rewrite-bundle': (i, s) => sync.rewriteBundle(i, actorOf(s)),
    'sync:import-receipt': (i, s) => sync.importReceipt(i, actorOf(s)),
    'sync:list-bundles': () => sync.listBundles(),
  }) satisfies HandlersFor<typeof syncContract>;
