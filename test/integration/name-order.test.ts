import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '#shared/domain/registry/credit-code';
import { member, sittingCommittee } from './helpers/committee-fixtures';
import { bootstrappedLedger, ok, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
beforeEach(async () => {
  t = await bootstrappedLedger();
});
afterEach(() => t.close());

// Code-point order would give 丽景 (U+4E3D) < 凤凰 (U+51E4) < 南泰 (U+5357).
const PINYIN_ORDER = ['凤凰花园', '丽景苑', '南泰小区'];

async function threeEstates() {
  const communities = [];
  for (const name of ['南湖社区', '东风社区', '丽水社区']) communities.push(await ok(t.app, t.admin, 'registry:create-community', { name }));
  const estates = [];
  for (const [i, name] of ['南泰小区', '丽景苑', '凤凰花园'].entries()) {
    estates.push(await ok(t.app, t.admin, 'registry:create-estate', { name, address: `温泉路 ${i + 1} 号`, communityId: communities[i]!.id, companyId: null, households: 300 }));
  }
  return { communities, estates };
}

describe('names in pinyin order', () => {
  it('lists estates, communities and companies by pinyin, not by code point', async () => {
    await threeEstates();
    const estates = await ok(t.app, t.admin, 'registry:list-estates', {});
    expect(estates.map((e) => e.name)).toEqual(PINYIN_ORDER);
    const communities = await ok(t.app, t.admin, 'registry:list-communities', {});
    expect(communities.map((c) => c.name)).toEqual(['东风社区', '丽水社区', '南湖社区']);
    for (const [name, first17] of [['南方物业', '91421202MA4KX0001'], ['长江物业', '91421202MA4KX0002']] as const) {
      await ok(t.app, t.admin, 'registry:create-company', { name, creditCode: first17 + creditCodeCheckChar(first17)!, contactName: null, phone: null });
    }
    // 长 reads chang here: c before n.
    expect((await ok(t.app, t.admin, 'registry:list-companies', {})).map((c) => c.name)).toEqual(['长江物业', '南方物业']);
  });

  it('keeps the order after a rename (the key follows the name)', async () => {
    const { estates } = await threeEstates();
    const nantai = estates[0]!;
    await ok(t.app, t.admin, 'registry:update-estate', { id: nantai.id, version: nantai.version, name: '阿里小区', address: nantai.address, communityId: nantai.communityId, companyId: null, households: 300 });
    expect((await ok(t.app, t.admin, 'registry:list-estates', {})).map((e) => e.name)).toEqual(['阿里小区', '凤凰花园', '丽景苑']);
  });

  it('sorts and pages the committees list by estate and by community in pinyin order, either way', async () => {
    const { estates } = await threeEstates();
    for (const [i, e] of estates.entries()) {
      const c = await ok(t.app, t.admin, 'committees:create', sittingCommittee(e.id));
      await ok(t.app, t.admin, 'committees:add-member', member(c.id, i + 1));
    }
    const page = async (input: Record<string, unknown>) =>
      (await ok(t.app, t.admin, 'committees:list', { offset: 0, limit: 50, ...input })).rows.map((r) => r.estateName);
    expect(await page({})).toEqual(PINYIN_ORDER);
    expect(await page({ direction: 'desc' })).toEqual([...PINYIN_ORDER].reverse());
    // By community: 东风 (丽景苑) < 丽水 (凤凰花园) < 南湖 (南泰小区).
    expect(await page({ sort: 'community' })).toEqual(['丽景苑', '凤凰花园', '南泰小区']);
    const second = await ok(t.app, t.admin, 'committees:list', { offset: 1, limit: 1 });
    expect([second.rows.map((r) => r.estateName), second.total]).toEqual([['丽景苑'], 3]);
  });
});
