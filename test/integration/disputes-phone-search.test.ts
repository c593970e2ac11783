import { openLedgerApp } from '#core/app/ledger-app';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake, seedRegistry, validIdNumber } from './helpers/dispute-fixtures';
import { bootstrappedLedger, changeCount, ok, type TestLedger } from './helpers/temp-ledger';
import { testPorts } from './helpers/test-ports';

let t: TestLedger;
let mine: string;
let other: string;
beforeAll(async () => {
  t = await bootstrappedLedger();
  const reg = await seedRegistry(t.app, t.admin);
  mine = (await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId))).id;
  other = (await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId, {
    parties: [
      { role: 'applicant', kind: 'person', name: '王芳', phone: '13900001111', idNumber: validIdNumber('42120219850202002') },
      // The respondent of the second case is the first case's caller.
      { role: 'respondent', kind: 'person', name: '张伟', phone: '13871234567' },
    ],
  }))).id;
  await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId, { parties: [{ role: 'applicant', kind: 'person', name: '赵敏', phone: '13711112222' }, { role: 'respondent', kind: 'person', name: '钱进' }] }));
});
let reopenedApp = false;
afterAll(async () => {
  if (!reopenedApp) await t.close();
  else rmSync(t.dir, { recursive: true, force: true });
});

const byPhone = async (app: TestLedger['app'], query: string) =>
  (await ok(app, t.admin, 'disputes:list', { search: query, offset: 0, limit: 50 })).rows.map((r) => r.id).sort();

describe('phone search by keyed hash', () => {
  it("finds every case of the caller's number, however it is typed, and only those", async () => {
    const expected = [mine, other].sort();
    for (const q of ['13871234567', '138-7123-4567', '+86 138 7123 4567']) expect([q, await byPhone(t.app, q)]).toEqual([q, expected]);
    expect(await byPhone(t.app, '13900001111')).toEqual([other]);
    expect(await byPhone(t.app, '13800000000')).toEqual([]);
    const total = await ok(t.app, t.admin, 'disputes:list', { search: '13871234567', offset: 0, limit: 1 });
    expect(total.total).toBe(2);
  });

  it('keeps no phone number in the lookup, only keyed hashes', () => {
    const rows = t.app.ledger.raw.prepare('SELECT phone_hash FROM dispute_phone_lookup').all() as { phone_hash: string }[];
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r.phone_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain('1387123');
    // The key is the office's own, beside its other keys, owner-only.
    expect(readFileSync(join(t.dir, 'keys', 'phone-lookup-key')).length).toBe(32);
  });

  it('fills the lookup of a ledger from before it when the ledger is opened', async () => {
    t.app.ledger.raw.prepare('DELETE FROM dispute_phone_lookup').run();
    expect(await byPhone(t.app, '13871234567')).toEqual([]);
    const before = changeCount(t.app);
    await t.app.close();
    reopenedApp = true;
    const again = await openLedgerApp(t.dir, testPorts(), () => {});
    try {
      const admin = t.admin; // the session object outlives the app
      const rows = await ok(again, admin, 'disputes:list', { search: '13871234567', offset: 0, limit: 50 });
      expect(rows.rows.map((r) => r.id).sort()).toEqual([mine, other].sort());
      expect(changeCount(again)).toBe(before); // derived: no change-log entries
    } finally {
      await again.close();
    }
  });
});
