import { v7 as uuidv7 } from 'uuid';
import type { Ports } from '../ports';

/** The ports for plain Node (host, CLI, tests): the system clock and random UUIDv7s. */
export function nodePorts(): Ports {
  return { clock: { now: () => new Date() }, ids: { next: () => uuidv7() } };
}
