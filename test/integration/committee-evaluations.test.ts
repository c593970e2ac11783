import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scoresFor, seedEstates, sittingCommittee, type CommitteeRegistry } from './helpers/committee-fixtures';
import { bootstrappedLedger, changeCount, ok, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
let reg: CommitteeRegistry;
let a: string;
let b: string;
beforeEach(async () => {
  t = await bootstrappedLedger();
  reg = await seedEstates(t.app, t.admin);
  a = (await ok(t.app, t.admin, 'committees:create', sittingCommittee(reg.estateId, { termStart: '2024-01-01' }))).id;
  b = (await ok(t.app, t.admin, 'committees:create', sittingCommittee(reg.otherEstateId, { termStart: '2024-01-01', partyBranch: null }))).id;
});
afterEach(() => t.close());

const evaluate = (committeeId: string, half: string, total: number, evaluatedOn = half.endsWith('H1') ? `${half.slice(0, 4)}-06-20` : `${half.slice(0, 4)}-11-20`) =>
  ok(t.app, t.admin, 'committees:record-evaluation', { committeeId, half, evaluatedOn, evaluators: ['街道 周主任', '业主代表 王建国'], scores: scoresFor(total) });

async function refused(input: Record<string, unknown>, field: string) {
  const before = changeCount(t.app);
  const r = await t.app.dispatch('committees:record-evaluation', { committeeId: a, half: '2026-H2', evaluatedOn: '2026-11-20', evaluators: ['周主任'], scores: scoresFor(80), ...input }, t.admin);
  expect(r.ok).toBe(false);
  if (r.ok) return '';
  expect(r.error.issues?.[0]?.path.at(-1)).toBe(field);
  expect(changeCount(t.app)).toBe(before);
  return r.error.message;
}

describe('履职评议', () => {
  it('totals the sheet, ranks the office’s committees and gives the verdict by the thresholds', async () => {
    const first = await evaluate(a, '2025-H2', 55);
    expect(first.evaluations[0]).toMatchObject({ total: 55, verdict: 'rectification', rectificationDue: '2025-12-20' });
    await evaluate(b, '2026-H1', 90);
    const again = await evaluate(a, '2026-H1', 58);
    // Below 60 twice in a row: re-election recommended.
    expect(again.evaluations[0]).toMatchObject({ half: '2026-H1', total: 58, verdict: 're-election-recommended', rank: 2, of: 2 });
    const ranking = await ok(t.app, t.admin, 'committees:list-evaluations', { half: '2026-H1' });
    expect(ranking.map((e) => [e.estateName, e.total, e.rank])).toEqual([['翰林名都', 90, 1], ['锦湖紫竹苑', 58, 2]]);
    const recovered = await evaluate(a, '2026-H2', 75);
    expect(recovered.evaluations[0]).toMatchObject({ verdict: 'satisfactory', rectificationDue: null });
    const list = await ok(t.app, t.admin, 'committees:list', { offset: 0, limit: 10 });
    expect(list.rows.find((r) => r.id === a)?.lastScore).toBe(75);
  });

  it('refuses a score above the item’s maximum or negative, a missing item, and a second evaluation of the half year', async () => {
    const scores = scoresFor(80);
    expect(await refused({ scores: scores.map((s, i) => (i === 0 ? { ...s, points: 11 } : s)) }, 'points')).toContain('「信息公开」不能超过 10 分');
    expect(await refused({ scores: scores.map((s, i) => (i === 1 ? { ...s, points: -1 } : s)) }, 'points')).toContain('不能为负数');
    expect(await refused({ scores: scores.slice(1) }, 'scores')).toContain('「信息公开」未评分');
    await refused({ scores: [...scores, { itemKey: 'beauty', points: 1 }] }, 'itemKey');
    await refused({ half: '2026-H3' }, 'half');
    await evaluate(a, '2026-H2', 80);
    expect(await refused({}, 'half')).toContain('同一半年度只评议一次');
  });
});
