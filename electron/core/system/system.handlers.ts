import type { systemContract } from '#shared/ipc/contract/system.contract';
import type { HandlersFor } from '../handlers-for';
import type { SystemService } from './system.service';

/** The system channels: one line each, from the contract's name to the service. */
export const systemHandlers = (system: SystemService) =>
  ({
    'system:info': async () => system.info(),
    'system:check': async () => system.check(),
  }) satisfies HandlersFor<typeof systemContract>;
