import type { InputOf } from '#shared/ipc/contract';
import { matchExpression } from '#core/disputes/search-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRegistry, type Registry } from './helpers/dispute-fixtures';
import { bootstrappedLedger, ok, type TestLedger } from './helpers/temp-ledger';

// A small alphabet makes overlaps, repeats and near-misses common, which is where
// a substring index goes wrong.
const CHARS = '停车物业费噪音漏水维修资金楼上扰民电梯绿化';
const SURNAMES = '王李张刘陈';
const WORDS = ['停车', '物业费', '噪音', '漏水', '维修资金', '楼上扰民', '电梯', '绿化'];

let t: TestLedger;
let reg: Registry;
type Case = { id: string; text: string; status: string };
const cases: Case[] = [];

function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) & 0x7fffffff;
    return a / 0x7fffffff;
  };
}

beforeAll(async () => {
  t = await bootstrappedLedger();
  reg = await seedRegistry(t.app, t.admin);
  const r = rng(7);
  const pick = (s: string) => s.charAt(Math.floor(r() * s.length));
  for (let i = 0; i < 160; i++) {
    const words = Array.from({ length: 2 + Math.floor(r() * 4) }, () =>
      r() < 0.4 ? WORDS[Math.floor(r() * WORDS.length)]! + pick(CHARS) : Array.from({ length: 1 + Math.floor(r() * 5) }, () => pick(CHARS)).join(''),
    );
    const description = words.join(r() < 0.5 ? '，' : ' ');
    const applicant = pick(SURNAMES) + pick('伟芳强');
    const detail = await ok(t.app, t.admin, 'disputes:create', {
      source: 'walk-in',
      receivedAt: new Date(Date.UTC(2026, 9, 1) + i * 3_600_000).toISOString(),
      estateId: i % 3 === 0 ? reg.otherEstateId : reg.estateId,
      category: 'other',
      description,
      parties: [{ role: 'applicant', kind: 'person', name: applicant }],
    });
    let text = `${description}|${applicant}`;
    let status = detail.status;
    if (i % 4 === 0) {
      // Session notes are searchable too.
      const assigned = await ok(t.app, t.admin, 'disputes:assign', { id: detail.id, version: detail.version, mediatorId: reg.mediatorId });
      const notes = `${pick(CHARS)}${pick(CHARS)}${pick(CHARS)}笔录`;
      const after = await ok(t.app, t.admin, 'disputes:record-session', { id: detail.id, version: assigned.version, heldAt: '2026-11-01T10:00:00+08:00', place: '调解室', attendees: '双方', notes });
      text += `|${notes}`;
      status = after.status;
    }
    cases.push({ id: detail.id, text, status });
  }
});
afterAll(() => t.close());

/** What a search must return: every term (split on spaces) is a substring of the case's text. */
const expected = (query: string, filter: (c: Case) => boolean = () => true) => {
  const terms = query.split(/\s+/).filter(Boolean);
  return cases.filter((c) => filter(c) && terms.every((term) => c.text.split('|').some((field) => field.replace(/[，\s]/g, (m) => m).includes(term) && !/[，\s]/.test(term)))).map((c) => c.id).sort();
};

async function search(query: string, extra: Partial<InputOf<'disputes:list'>> = {}, sort?: InputOf<'disputes:list'>['sort']) {
  const result = await ok(t.app, t.admin, 'disputes:list', { search: query, offset: 0, limit: 500, ...(sort ? { sort } : {}), ...extra });
  return { ids: result.rows.map((r) => r.id).sort(), total: result.total };
}

describe('Chinese search returns exactly the cases containing every term', () => {
  const queries = ['停车', '噪音', '漏水', '物业费', '维修资金', '停车 物业费', '水 电', '费', '楼上扰民', '王伟', '笔录', '电梯 绿化 漏', '资金资金', '民楼'];

  it.each(queries)('「%s」 newest first (index-driven) and by deadline (filter-driven)', async (query) => {
    const want = expected(query);
    const byReceived = await search(query);
    expect(byReceived.ids).toEqual(want);
    expect(byReceived.total).toBe(want.length);
    const byDue = await search(query, {}, 'due');
    expect(byDue.ids).toEqual(want);
  });

  it('is a real test: most queries match some cases, and none matches all', () => {
    const sizes = queries.map((q) => expected(q).length);
    expect(sizes.filter((n) => n > 0).length).toBeGreaterThanOrEqual(queries.length - 2);
    expect(Math.max(...sizes)).toBeLessThan(cases.length);
  });

  it('combines search with other filters', async () => {
    const want = expected('停车', (c) => c.status === 'mediating');
    const got = await search('停车', { status: ['mediating'] });
    expect(got.ids).toEqual(want);
    expect(got.total).toBe(want.length);
  });

  it('finds nothing for punctuation-only input (not every case: see disputes-search-exact), and no rows for a term absent everywhere', async () => {
    expect(matchExpression('，。！')).toBeNull();
    expect((await search('，。！')).total).toBe(0);
    expect((await search('火箭')).ids).toEqual([]);
  });

  it('pages through a search without gaps or repeats', async () => {
    const want = expected('费');
    const seen: string[] = [];
    for (let offset = 0; offset < want.length; offset += 7) {
      const page = await ok(t.app, t.admin, 'disputes:list', { search: '费', offset, limit: 7 });
      seen.push(...page.rows.map((r) => r.id));
    }
    expect(seen.sort()).toEqual(want);
  });
});
