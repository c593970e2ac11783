import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '#shared/ipc/contract';
import { sessionAs } from './helpers/committee-fixtures';
import { bootstrappedLedger, changeCount, ok, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
beforeEach(async () => {
  t = await bootstrappedLedger();
});
afterEach(() => t.close());

/** The rules as read, turned into an edit made on that version. */
async function editOf(change: Partial<InputOf<'committees:update-rules'>>): Promise<InputOf<'committees:update-rules'>> {
  const r = await ok(t.app, t.admin, 'committees:get-rules', {});
  return {
    termYears: r.termYears, composition: r.composition, publicationDays: r.publicationDays, checklist: r.checklist, departments: r.departments,
    scoringSheet: r.scoringSheet, passScore: r.passScore, rectificationDays: r.rectificationDays, version: r.version, ...change,
  };
}

describe('committee rules versions', () => {
  it('refuses the second of two saves made on the same version with conflict, keeping the first', async () => {
    const zhuren = await sessionAs(t.app, t.admin, 'director', 'zhuren');
    expect((await ok(t.app, zhuren, 'committees:get-rules', {})).version).toBe(0);
    // Both directors open the defaults (version 0) and edit different things.
    const first = await editOf({ publicationDays: 10 });
    const second = await editOf({ termYears: 3 });
    const saved = await ok(t.app, zhuren, 'committees:update-rules', first);
    expect([saved.version, saved.publicationDays]).toEqual([1, 10]);

    const before = changeCount(t.app);
    const r = await t.app.dispatch('committees:update-rules', second, t.admin);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('conflict');
    expect(r.error.message).toContain('第 1 版');
    expect(r.error.message).toContain('没有丢失');
    expect(r.error.message).toContain('重新载入');
    expect(changeCount(t.app)).toBe(before);
    const now = await ok(t.app, t.admin, 'committees:get-rules', {});
    expect([now.version, now.publicationDays, now.termYears]).toEqual([1, 10, 5]);

    // Reloaded, the same edit saves as version 2.
    const again = await ok(t.app, t.admin, 'committees:update-rules', await editOf({ termYears: 3 }));
    expect([again.version, again.termYears, again.publicationDays]).toEqual([2, 3, 10]);
  });

  it('keeps every version with who saved it, when, and what it changed, newest first', async () => {
    const zhuren = await sessionAs(t.app, t.admin, 'director', 'zhuren');
    await ok(t.app, zhuren, 'committees:update-rules', await editOf({ publicationDays: 10 }));
    await ok(t.app, t.admin, 'committees:update-rules', await editOf({ composition: { requiredPercent: 50, targetPercent: 70 }, departments: ['公安', '司法'] }));
    const { history } = await ok(t.app, t.admin, 'committees:get-rules', {});
    expect(history.map((h) => [h.version, h.savedBy, h.changed])).toEqual([
      [2, '管理员', ['党员比例', '联审部门']],
      [1, 'director-zhuren', ['首次保存（此前为默认规则）']],
    ]);
    expect(history[0]!.savedAt > history[1]!.savedAt).toBe(true);
  });
});
