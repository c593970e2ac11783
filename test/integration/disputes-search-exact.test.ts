import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake, seedRegistry, type Registry } from './helpers/dispute-fixtures';
import { bootstrappedLedger, ok, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
let reg: Registry;
let first: { id: string; caseNo: string };
let order: { id: string };
beforeAll(async () => {
  t = await bootstrappedLedger();
  reg = await seedRegistry(t.app, t.admin);
  // Case 2026-0001 first; then a dozen whose text holds "2026" and "0001" too (a flat 2026-0001, order numbers ending 0001).
  first = await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId, { description: '楼道堆放杂物' }));
  for (let i = 0; i < 12; i++) {
    await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId, { description: `住户 2026-0001 室反映第 ${i} 次漏水` }));
  }
  order = await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId, { source: 'hotline-12345', hotlineOrderNo: 'GD2026112000777', hotlineReceivedAt: '2026-11-20T09:00:00+08:00', description: '12345 转来：电梯停运' }));
});
afterAll(() => t.close());

const search = (q: string, more: Record<string, unknown> = {}) => ok(t.app, t.admin, 'disputes:list', { search: q, offset: 0, limit: 5, ...more });

describe('search by what names one case', () => {
  it('puts the case numbered 2026-0001 first, also typed 2026-1', async () => {
    for (const q of ['2026-0001', ' 2026-1 ']) {
      const r = await search(q);
      expect(r.rows[0]?.id).toBe(first.id);
      expect(new Set(r.rows.map((x) => x.id)).size).toBe(r.rows.length);
    }
  });

  it('puts the case of a 12345 work-order number first, in any case of letters', async () => {
    expect((await search('gd2026112000777')).rows[0]?.id).toBe(order.id);
  });

  it('keeps the other filters: a named case outside them is not shown', async () => {
    const r = await search('2026-0001', { status: ['closed'] });
    expect(r.rows.map((x) => x.id)).not.toContain(first.id);
  });

  it('ignores a search of only punctuation or symbols, with a message, instead of listing every case', async () => {
    for (const q of ['——', '？！。', '#*@']) {
      const r = await search(q);
      expect(r).toMatchObject({ rows: [], total: 0, notice: expect.stringContaining('没有文字或数字') });
    }
  });
});
