import type { Session } from '#core/call-context';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootstrappedLedger, changeCount, ok, VALID_CREDIT_CODES, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
beforeEach(async () => {
  t = await bootstrappedLedger();
});
afterEach(() => t.close());

async function seed() {
  const community = await ok(t.app, t.admin, 'registry:create-community', { name: '月亮湾社区' });
  const company = await ok(t.app, t.admin, 'registry:create-company', { name: '湖北金玉物业', creditCode: VALID_CREDIT_CODES[0]!.toLowerCase(), contactName: '王芳', phone: '13871234567' });
  const estate = await ok(t.app, t.admin, 'registry:create-estate', { name: '丽景新天地', address: '咸安区温泉路 18 号', communityId: community.id, companyId: company.id, households: 860 });
  return { community, company, estate };
}

describe('the registry', () => {
  it('creates, lists with joins and counts, and searches Chinese names', async () => {
    const { company, estate } = await seed();
    expect(estate).toMatchObject({ name: '丽景新天地', communityName: '月亮湾社区', companyName: '湖北金玉物业', households: 860, version: 1 });
    const companies = await ok(t.app, t.admin, 'registry:list-companies', {});
    expect(companies).toEqual([expect.objectContaining({ creditCode: VALID_CREDIT_CODES[0], estateCount: 1 })]);
    expect(await ok(t.app, t.admin, 'registry:list-estates', { search: '新天' })).toHaveLength(1);
    expect(await ok(t.app, t.admin, 'registry:list-estates', { search: '紫竹' })).toHaveLength(0);
    expect(await ok(t.app, t.admin, 'registry:list-estates', { companyId: company.id })).toHaveLength(1);
  });

  it('keeps the office’s address, contact person and phone and its mediation committee’s name', async () => {
    const office = await ok(t.app, t.admin, 'registry:get-office', {});
    expect(office).toMatchObject({ address: null, contactName: null, contactPhone: null, committeeName: null });
    const contact = { address: '咸宁市咸安区温泉路 86 号', contactName: '陈志刚', contactPhone: '0715-8123000', committeeName: '温泉街道人民调解委员会' };
    const saved = await ok(t.app, t.admin, 'registry:update-office', { version: office.version, name: office.name, divisionCode: office.divisionCode, ...contact });
    expect(saved).toMatchObject({ ...contact, version: office.version + 1 });
    const logged = t.app.ledger.raw.prepare("SELECT payload FROM changes WHERE entity = 'offices' ORDER BY seq DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(logged)).toMatchObject({ contact_name: '陈志刚', contact_phone: '0715-8123000', committee_name: '温泉街道人民调解委员会' });
    const badPhone = await t.app.dispatch('registry:update-office', { version: saved.version, name: office.name, divisionCode: office.divisionCode, contactPhone: '8123' }, t.admin);
    expect(badPhone.ok || badPhone.error.issues?.[0]?.path).toEqual(['contactPhone']);
  });

  it('refuses the second of two saves of the same version with conflict, keeping the first', async () => {
    const { estate, community } = await seed();
    const edit = (name: string) => ({ id: estate.id, version: estate.version, name, address: '咸安区温泉路 18 号', communityId: community.id, households: 860 });
    await ok(t.app, t.admin, 'registry:update-estate', edit('丽景新天地一期'));
    const before = changeCount(t.app);
    const second = await t.app.dispatch('registry:update-estate', edit('丽景新天地二期'), t.admin);
    expect(second.ok || second.error.code).toBe('conflict');
    expect(changeCount(t.app)).toBe(before);
    const stored = await ok(t.app, t.admin, 'registry:get-estate', { id: estate.id });
    expect(stored).toMatchObject({ name: '丽景新天地一期', version: 2 });
  });

  it('soft-deletes: the row stays as a tombstone and leaves the lists', async () => {
    const { estate } = await seed();
    await ok(t.app, t.admin, 'registry:delete-estate', { id: estate.id, version: 1 });
    expect(await ok(t.app, t.admin, 'registry:list-estates', {})).toHaveLength(0);
    const row = t.app.ledger.raw.prepare('SELECT deleted_at, version FROM estates WHERE id = ?').get(estate.id) as { deleted_at: string | null; version: number };
    expect(row.deleted_at).not.toBeNull();
    expect(row.version).toBe(2);
    const gone = await t.app.dispatch('registry:get-estate', { id: estate.id }, t.admin);
    expect(gone.ok || gone.error.code).toBe('not-found');
  });

  it('refuses to delete a community or company still in use, and duplicates', async () => {
    const { community, company } = await seed();
    const delCommunity = await t.app.dispatch('registry:delete-community', { id: community.id, version: community.version }, t.admin);
    expect(delCommunity.ok || delCommunity.error.message).toMatch(/还有 1 个小区/);
    const delCompany = await t.app.dispatch('registry:delete-company', { id: company.id, version: company.version }, t.admin);
    expect(delCompany.ok || delCompany.error.code).toBe('conflict');
    const dup = await t.app.dispatch('registry:create-company', { name: '另一家', creditCode: VALID_CREDIT_CODES[0] }, t.admin);
    expect(dup.ok || dup.error.issues?.[0]?.path).toEqual(['creditCode']);
  });

  it('refuses an estate in an unknown community with the field named', async () => {
    const result = await t.app.dispatch('registry:create-estate', { name: '尚书名府', address: '温泉路 2 号', communityId: '019b8b9b-9d30-736b-9732-1c69904a86c6', households: 100 }, t.admin);
    expect(result.ok || result.error.issues?.[0]?.path).toEqual(['communityId']);
  });

  it('enforces roles: a mediator reads but cannot edit; nobody signed in cannot read', async () => {
    await ok(t.app, t.admin, 'auth:create-operator', { username: 'tiaojie1', displayName: '陈秀英', role: 'mediator', password: 'mediator-pass-1' });
    const mediator: Session = { principal: null };
    await ok(t.app, mediator, 'auth:sign-in', { username: 'tiaojie1', password: 'mediator-pass-1' });
    expect(await ok(t.app, mediator, 'registry:list-estates', {})).toEqual([]);
    const denied = await t.app.dispatch('registry:create-community', { name: '金桂社区' }, mediator);
    expect(denied.ok || denied.error.code).toBe('forbidden');
    const anonymous = await t.app.dispatch('registry:list-estates', {}, { principal: null });
    expect(anonymous.ok || anonymous.error.code).toBe('unauthenticated');
    const actors = t.app.ledger.raw.prepare("SELECT DISTINCT actor FROM changes WHERE entity = 'operators'").all() as { actor: string }[];
    expect(actors.map((a) => a.actor).sort()).toEqual(['admin', 'bootstrap:admin']);
  });
});
