import type { Db } from './db/schema';
import type { Ports } from './ports';

/** What every service is built from. */
export type ServiceDeps = { db: Db; ports: Ports };

/** ISO-8601 UTC time of the ports' clock. */
export const nowIso = (deps: ServiceDeps): string => deps.ports.clock.now().toISOString();
