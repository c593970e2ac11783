import { SessionTable } from '../../electron/host/host-sessions';
import { describe, expect, it } from 'vitest';

const principal = { operatorId: 'o1', actor: 'admin', role: 'administrator' } as const;

describe('the host session table', () => {
  it('forgets and signs out a session idle longer than the limit', () => {
    let now = 0;
    const table = new SessionTable({ idleMs: 1000, now: () => now });
    const { token, session } = table.issue();
    session.principal = { ...principal };
    now = 900;
    expect(table.get(token)).toBe(session);
    now = 1800; // 900 ms after the last use: still fresh
    expect(table.get(token)?.principal).not.toBeNull();
    now = 2801;
    expect(table.get(token)).toBeUndefined();
    expect(session.principal).toBeNull();
  });

  it('stays within its cap under a flood of token-less requests, keeping the tab in use', () => {
    let now = 0;
    const table = new SessionTable({ idleMs: 60_000, max: 50, now: () => now });
    const mine = table.issue();
    for (let i = 0; i < 20_000; i++) {
      now++;
      table.issue();
      if (i % 10 === 0) table.get(mine.token);
    }
    expect(table.size).toBeLessThanOrEqual(50);
    expect(table.get(mine.token)).toBe(mine.session);
  });
});
