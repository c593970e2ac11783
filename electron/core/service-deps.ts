import type { Db } from './db/schema';
import type { FieldCodec } from './fieldcrypt/field-codec';
import type { Ports } from './ports';

/** What every service is built from. `fields` seals and opens phone and ID numbers at the repository boundary. */
export type ServiceDeps = { db: Db; ports: Ports; fields: FieldCodec };

/** ISO-8601 UTC time of the ports' clock. */
export const nowIso = (deps: ServiceDeps): string => deps.ports.clock.now().toISOString();
