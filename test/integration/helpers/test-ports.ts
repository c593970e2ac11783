import type { Ports } from '#core/ports';
import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/**
 * The moment an integration test's ledger believes it is, unless the test says
 * otherwise: Wednesday 25 November 2026, 14:00 in Shanghai, a few days after the
 * fixtures' intake dates. Tests never read the machine's clock, so `npm test`
 * gives the same answers whatever today is (CI also runs the suites under
 * faketime to prove it).
 */
export const TEST_NOW = '2026-11-25T06:00:00.000Z';

/**
 * Ports with a clock that starts at `start` and moves one second per reading
 * (timestamps still strictly increase, as in real use), and UUIDv7 ids stamped
 * with that clock.
 */
export function testPorts(start: string = TEST_NOW): Ports {
  let t = Date.parse(start);
  if (Number.isNaN(t)) throw new Error(`testPorts: not an ISO time: ${start}`);
  let last = t;
  return {
    clock: {
      now: () => {
        last = t;
        t += 1000;
        return new Date(last);
      },
    },
    ids: { next: () => uuidv7({ msecs: last, random: randomBytes(16) }) },
  };
}
