import { join } from 'node:path';
import type { ServiceDeps } from '../service-deps';
import { createActionExportService } from './action-export.service';
import { createActionsService } from './actions.service';

/** The actions domain's services. */
export type ActionsServices = ReturnType<typeof createActionsServices>;

/** Exports go to `<dataDir>/exports`, beside the disputes ledger. */
export function createActionsServices(deps: ServiceDeps, dataDir: string) {
  return { items: createActionsService(deps), exports: createActionExportService(deps, join(dataDir, 'exports')) };
}
