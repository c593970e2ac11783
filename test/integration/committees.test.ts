import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { member, personId, seedEstates, sittingCommittee, type CommitteeRegistry } from './helpers/committee-fixtures';
import { bootstrappedLedger, changeCount, ok, type TestLedger } from './helpers/temp-ledger';
import { refusedWithNothingWritten } from './helpers/refused';

let t: TestLedger;
let reg: CommitteeRegistry;
beforeEach(async () => {
  t = await bootstrappedLedger();
  reg = await seedEstates(t.app, t.admin);
});
afterEach(() => t.close());

const create = (overrides = {}) => ok(t.app, t.admin, 'committees:create', sittingCommittee(reg.estateId, overrides));

/** Dispatches a bad input and checks it is refused with `code` on `field`, with nothing written. */
const refused = (channel: string, input: Record<string, unknown>, code: string, field?: string) => refusedWithNothingWritten(t.app, t.admin, channel, input, code, field);

describe('committees and members', () => {
  it('registers a term with the default five-year length and lists it with its party share', async () => {
    const c = await create();
    expect(c.termEnd).toBe('2029-05-31');
    expect(c.status).toBe('sitting');
    await ok(t.app, t.admin, 'committees:add-member', member(c.id, 1, { position: 'chair', partyMember: true }));
    await ok(t.app, t.admin, 'committees:add-member', member(c.id, 2));
    const three = await ok(t.app, t.admin, 'committees:add-member', member(c.id, 3));
    expect(three.composition).toEqual({ total: 3, partyMembers: 1, percent: 33, shortOfRequired: 1, shortOfTarget: 1 });
    expect(three.flags).toContain('party-short');
    const list = await ok(t.app, t.admin, 'committees:list', { offset: 0, limit: 50 });
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ estateName: '锦湖紫竹苑', members: 3, composition: { percent: 33, shortOfRequired: 1 } });
    const short = await ok(t.app, t.admin, 'committees:list', { partyShort: true, offset: 0, limit: 50 });
    expect(short.total).toBe(1);
    const { committeeId: _unused, ...two } = member(c.id, 2, { partyMember: true });
    await ok(t.app, t.admin, 'committees:update-member', { ...two, id: three.members.find((m) => m.name === '成员2')!.id, version: 1 });
    const none = await ok(t.app, t.admin, 'committees:list', { partyShort: true, offset: 0, limit: 50 });
    expect(none.total).toBe(0);
    const card = await ok(t.app, t.admin, 'committees:estate-card', { estateId: reg.estateId });
    expect(card.current?.composition.percent).toBe(66);
  });

  it('refuses a second seat for the same person, naming the other estate', async () => {
    const a = await create();
    const b = await ok(t.app, t.admin, 'committees:create', sittingCommittee(reg.otherEstateId, { partyBranch: null }));
    await ok(t.app, t.admin, 'committees:add-member', member(a.id, 7));
    const message = await refused('committees:add-member', member(b.id, 7), 'invalid-input', 'idNumber');
    expect(message).toContain('「锦湖紫竹苑」第 1 届');
    await refused('committees:add-member', member(a.id, 7, { name: '同一人' }), 'invalid-input', 'idNumber');
  });

  it('masks phone and ID number and logs each reveal', async () => {
    const c = await create();
    const d = await ok(t.app, t.admin, 'committees:add-member', member(c.id, 1));
    const m = d.members[0]!;
    expect(m.phoneMasked).toBe('138****4567');
    expect(m.idNumberMasked).toMatch(/^4212\*{10}\d{3}[\dX]$/);
    const before = changeCount(t.app);
    const v = await ok(t.app, t.admin, 'committees:reveal', { person: 'member', id: m.id, field: 'idNumber' });
    expect(v.value).toBe(personId(1));
    expect(changeCount(t.app)).toBe(before + 1);
    const last = t.app.ledger.raw.prepare('SELECT action, entity, payload FROM changes ORDER BY seq DESC LIMIT 1').get() as { action: string; entity: string; payload: string };
    expect(last).toMatchObject({ action: 'reveal', entity: 'committee_members' });
    expect(last.payload).not.toContain(personId(1));
  });

  it('refuses bad terms and dates with the field named, writing nothing', async () => {
    expect(await refused('committees:create', sittingCommittee(reg.estateId, { termEnd: '2024-01-01' }), 'invalid-input', 'termEnd')).toContain('「任期结束日期」');
    const c = await create();
    // A second term overlapping the sitting one.
    expect(await refused('committees:create', sittingCommittee(reg.estateId, { termNo: 2, termStart: '2026-01-01' }), 'invalid-input', 'termStart')).toContain('重叠');
    // Not overlapping, but the estate still has a current committee.
    await refused('committees:create', sittingCommittee(reg.estateId, { termNo: 2, termStart: '2030-01-01' }), 'invalid-input', 'estateId');
    expect(await refused('committees:add-member', member(c.id, 1, { designatedOn: '2024-05-31' }), 'invalid-input', 'designatedOn')).toContain('「任职日期」不能早于本届任期开始日期');
    const d = await ok(t.app, t.admin, 'committees:add-member', member(c.id, 1, { designatedOn: '2024-07-01' }));
    const m = d.members[0]!;
    expect(await refused('committees:cease-member', { id: m.id, version: m.version, ceasedOn: '2024-06-30', reason: 'resigned' }, 'invalid-input', 'ceasedOn')).toContain('「离任日期」');
    const bad = personId(2).slice(0, 17) + (personId(2).endsWith('0') ? '1' : '0');
    expect(await refused('committees:add-member', member(c.id, 2, { idNumber: bad }), 'invalid-input', 'idNumber')).toContain('校验位');
    await refused('committees:add-member', member(c.id, 3, { designatedOn: '2024-02-30' }), 'invalid-input', 'designatedOn');
  });

  it('gives the second of two clerks editing the same member a conflict, losing nothing', async () => {
    const c = await create();
    const m = (await ok(t.app, t.admin, 'committees:add-member', member(c.id, 1))).members[0]!;
    const edit = { id: m.id, version: m.version, name: '成员1', position: 'vice-chair' as const, partyMember: true, crossServing: false, phone: null, idNumber: personId(1), designatedOn: '2024-06-01' };
    await ok(t.app, t.admin, 'committees:update-member', edit);
    const r = await t.app.dispatch('committees:update-member', { ...edit, position: 'chair', partyMember: false }, t.admin);
    expect(r.ok || r.error.code).toBe('conflict');
    const after = await ok(t.app, t.admin, 'committees:get', { id: c.id });
    expect(after.members[0]).toMatchObject({ position: 'vice-chair', partyMember: true, version: 2 });
  });

  it('ends memberships, records corrections and orders re-election, keeping the history', async () => {
    const c = await create();
    const m = (await ok(t.app, t.admin, 'committees:add-member', member(c.id, 1))).members[0]!;
    const left = await ok(t.app, t.admin, 'committees:cease-member', { id: m.id, version: m.version, ceasedOn: '2025-03-01', reason: 'resigned', note: null });
    expect(left.members[0]).toMatchObject({ ceasedOn: '2025-03-01', ceaseReason: 'resigned' });
    expect(left.composition.total).toBe(0);
    // A person who has left may sit again, here or elsewhere.
    await ok(t.app, t.admin, 'committees:add-member', member(c.id, 1, { designatedOn: '2025-04-01' }));
    const corrected = await ok(t.app, t.admin, 'committees:record-correction', {
      id: c.id, version: left.version, decision: '擅自决定使用公共收益', decidedOn: '2026-03-01', correction: '责令撤销该决定，收益退回共有账户', correctedOn: '2026-03-10',
    });
    expect(corrected.corrections).toHaveLength(1);
    const reelect = await ok(t.app, t.admin, 'committees:order-re-election', { id: c.id, version: corrected.version, orderedOn: '2026-04-01', reason: '多次违规，业主联名要求' });
    expect(reelect.status).toBe('re-electing');
    expect(reelect.actions).not.toContain('order-re-election');
    await refused('committees:order-re-election', { id: c.id, version: reelect.version, orderedOn: '2026-04-02', reason: '再次' }, 'forbidden-transition');
    const dissolved = await ok(t.app, t.admin, 'committees:dissolve', { id: c.id, version: reelect.version, endedOn: '2026-05-01', reason: '业主大会决定解散' });
    expect(dissolved.status).toBe('dissolved');
    expect(dissolved.members.every((x) => x.ceasedOn !== null)).toBe(true);
    // The next term may start after the dissolution; the old one stays as history.
    const next = await create({ termNo: 2, termStart: '2026-06-01', status: 'preparing', filedOn: null });
    expect(next.terms.map((x) => [x.termNo, x.status])).toEqual([[1, 'dissolved'], [2, 'preparing']]);
    const seated = await ok(t.app, t.admin, 'committees:seat', { id: next.id, version: next.version, filedOn: '2026-07-01' });
    expect(seated.status).toBe('sitting');
  });

  it('lets mediators read but not write', async () => {
    const { sessionAs } = await import('./helpers/committee-fixtures');
    const mediator = await sessionAs(t.app, t.admin, 'mediator', 'tiaojie1');
    const c = await create();
    expect((await t.app.dispatch('committees:get', { id: c.id }, mediator)).ok).toBe(true);
    const r = await t.app.dispatch('committees:add-member', member(c.id, 1), mediator);
    expect(r.ok || r.error.code).toBe('forbidden');
  });
});
