import type { Session } from '#core/call-context';
import type { Ports } from '#core/ports';
import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, bootstrappedLedger, type TestLedger } from './helpers/temp-ledger';
import { TEST_NOW } from './helpers/test-ports';

// A clock that moves one millisecond per reading, so the whole burst lies within one
// minute of the lock (the usual test clock moves a second per reading and would let it lapse).
function slowClockPorts(): Ports {
  let t = Date.parse(TEST_NOW);
  return { clock: { now: () => new Date(t++) }, ids: { next: () => uuidv7({ msecs: t, random: randomBytes(16) }) } };
}

let t: TestLedger;
beforeAll(async () => {
  t = await bootstrappedLedger(slowClockPorts());
});
afterAll(() => t.close());

describe('sign-in under concurrent guessing', () => {
  it('evaluates at most five of 100 concurrent wrong passwords in the minute, and a correct one among them does not sign in', { timeout: 60_000 }, async () => {
    const sessions: Session[] = [];
    const attempts = Array.from({ length: 101 }, (_, i) => {
      const s: Session = { principal: null };
      sessions.push(s);
      return t.app.dispatch('auth:sign-in', { username: 'admin', password: i === 40 ? ADMIN_PASSWORD : `wrong-${i}` }, s);
    });
    const results = await Promise.all(attempts);
    const messages = results.map((r) => (r.ok ? 'signed-in' : r.error.message));
    const evaluated = messages.filter((m) => m === '用户名或密码不正确。').length;
    const locked = messages.filter((m) => /连续输错 5 次/.test(m)).length;
    console.log(`sign-in: ${evaluated} of 101 concurrent attempts evaluated, ${locked} refused by the lock`);
    expect(evaluated).toBeLessThanOrEqual(5);
    expect(evaluated + locked).toBe(101);
    expect(sessions.every((s) => s.principal === null)).toBe(true);
  });
});
