import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { member, seedEstates, sittingCommittee } from './helpers/committee-fixtures';
import { bootstrappedLedger, changeCount, ok, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
let members: string[];
beforeEach(async () => {
  t = await bootstrappedLedger();
  const reg = await seedEstates(t.app, t.admin);
  const a = await ok(t.app, t.admin, 'committees:create', sittingCommittee(reg.estateId));
  for (const n of [1, 2, 3, 4]) await ok(t.app, t.admin, 'committees:add-member', member(a.id, n));
  members = (await ok(t.app, t.admin, 'committees:get', { id: a.id })).members.map((m) => m.id);
  const b = await ok(t.app, t.admin, 'committees:create', sittingCommittee(reg.otherEstateId, { partyBranch: null }));
  await ok(t.app, t.admin, 'committees:add-member', member(b.id, 5));
});
afterEach(() => t.close());

const session = (heldOn: string, memberIds: string[]) => ({ heldOn, topic: '物业法规解读', kind: 'law-lecture' as const, trainer: '刘律师', place: '街道会议室', memberIds });

describe('培训', () => {
  it('counts sitting members trained this quarter per committee and for the office, and flags a committee nobody attended', async () => {
    await ok(t.app, t.admin, 'committees:record-training', session('2026-10-15', members.slice(0, 2)));
    await ok(t.app, t.admin, 'committees:record-training', session('2026-11-20', members.slice(1, 3)));
    // Last quarter's session does not count in this one.
    await ok(t.app, t.admin, 'committees:record-training', session('2026-09-30', [members[3]!]));
    const c = await ok(t.app, t.admin, 'committees:training-coverage', {});
    expect(c).toMatchObject({ from: '2026-10-01', to: '2026-12-31', office: { sitting: 5, trained: 3, percent: 60 } });
    expect(c.committees.map((x) => [x.estateName, x.trained, x.sitting, x.percent, x.untrained])).toEqual([
      ['翰林名都', 0, 1, 0, true],
      ['锦湖紫竹苑', 3, 4, 75, false],
    ]);
    const year = await ok(t.app, t.admin, 'committees:training-coverage', { since: '2026-01-01', until: '2026-12-31' });
    expect(year.office.trained).toBe(4);
    expect(await ok(t.app, t.admin, 'committees:list-trainings', {})).toHaveLength(3);
  });

  it('refuses a session in the future, a member not serving that day, and a period ending before it starts', async () => {
    const before = changeCount(t.app);
    const future = await t.app.dispatch('committees:record-training', session('2026-12-01', members.slice(0, 1)), t.admin);
    expect(future.ok || future.error.issues?.[0]?.path).toEqual(['heldOn']);
    const early = await t.app.dispatch('committees:record-training', session('2024-01-01', members.slice(0, 1)), t.admin);
    expect(early.ok || early.error.message).toContain('培训当天不在任');
    const bad = await t.app.dispatch('committees:training-coverage', { since: '2026-12-01', until: '2026-11-01' }, t.admin);
    expect(bad.ok || bad.error.issues?.[0]?.path).toEqual(['until']);
    expect(changeCount(t.app)).toBe(before);
  });
});

describe('the dashboard’s committee flags', () => {
  it('names the estates short of the party share and by how many, and the committees untrained this quarter', async () => {
    await ok(t.app, t.admin, 'committees:record-training', session('2026-11-20', members.slice(0, 1)));
    const d = await ok(t.app, t.admin, 'committees:dashboard', {});
    // Every fixture member is a non-party member: 0 of 4 is short by 2, 0 of 1 by 1.
    expect(d.partyShort.map((r) => [r.estateName, r.shortOfRequired])).toEqual([['翰林名都', 1], ['锦湖紫竹苑', 2]]);
    expect(d.untrained.map((r) => r.estateName)).toEqual(['翰林名都']);
    expect(d).toMatchObject({ committees: 2, requiredPercent: 50, coverage: { sitting: 5, trained: 1, percent: 20 } });
  });
});
