import { TEST_NOW, testPorts } from './helpers/test-ports';
import { openLedgerApp } from '#core/app/ledger-app';
import { fillBulkDisputes } from '#core/demo/bulk-disputes';
import { fillDemo } from '#core/demo/fill-demo';
import { prng } from '#core/demo/seeded-ports';
import type { Session } from '#core/call-context';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electedCommittee } from './helpers/committee-fixtures';
import { intake, validIdNumber } from './helpers/dispute-fixtures';
import { exportBundle, openBundle, syncWorld, type SyncWorld } from './helpers/sync-fixtures';
import { ok, tempDir } from './helpers/temp-ledger';

let w: SyncWorld;
beforeAll(async () => {
  const t = tempDir();
  const app = await openLedgerApp(t.dir, testPorts(), () => {});
  const admin: Session = { principal: { actor: 'cli:test', role: 'system', operatorId: null } };
  await fillDemo(app.ledger, admin, { seed: 7, password: 'demo-password-1', dataDir: t.dir });
  fillBulkDisputes(app.ledger, { count: 400, random: prng(11), now: new Date(TEST_NOW), actor: 'cli:test' });
  w = await syncWorld({ app, dir: t.dir, admin, close: async () => { await app.close(); t.cleanup(); } });
  const estate = (await ok(app, admin, 'registry:list-estates', {}))[0]!;
  const d = await ok(app, admin, 'disputes:create', intake(estate.id, {
    parties: [
      { role: 'applicant', kind: 'person', name: '欧阳春花', phone: '13907150001', idNumber: validIdNumber('42120219850203002'), ethnicity: '土家族', occupation: '小学教师', residence: '锦湖紫竹苑7栋1单元602' },
      { role: 'respondent', kind: 'person', name: '司马建国', phone: '027-87654321', gender: 'male', birthDate: '1961-04-17', ethnicity: '汉族', occupation: '个体经营者', residence: '锦湖紫竹苑7栋1单元702' },
      { role: 'respondent', kind: 'committee', name: '锦湖紫竹苑业主委员会', residence: '锦湖紫竹苑物业用房', representative: '诸葛明辉' },
    ],
    description: '欧阳春花反映司马建国占用楼道，联系电话13907150001',
  }));
  await ok(app, admin, 'disputes:add-evidence', { id: d.id, version: d.version, name: '欧阳春花提交的照片', providedBy: '欧阳春花', receivedAt: '2026-11-20T10:00:00+08:00', notes: '身份证号 ' + validIdNumber('42120219850203002') });
  // Committee members and candidates are natural persons too (an estate without a committee yet).
  const bare = await ok(app, admin, 'registry:create-estate', { name: '隐私测试小区', address: '测试路 1 号', communityId: estate.communityId, companyId: null, households: 900 });
  await electedCommittee(app, admin, bare.id, admin);
}, 60_000);
afterAll(() => w.close());

const col = (sql: string) => (w.office.app.ledger.raw.prepare(sql).pluck().all() as (string | null)[]).filter((v): v is string => !!v);

/** Every phone number, ID number, other personal detail and natural person's name the office ledger holds. */
function personalData(): { phones: string[]; ids: string[]; details: string[]; names: string[] } {
  return {
    phones: [...col('SELECT phone FROM dispute_parties'), ...col('SELECT phone FROM companies'), ...col('SELECT phone FROM committee_members'), ...col('SELECT phone FROM election_candidates')],
    ids: [...col('SELECT id_number FROM dispute_parties'), ...col('SELECT id_number FROM committee_members'), ...col('SELECT id_number FROM election_candidates')],
    // Birth dates and homes identify a person; 汉族 or 教师 alone do not, so those are checked by column below.
    details: [...col('SELECT birth_date FROM dispute_parties'), ...col("SELECT residence FROM dispute_parties WHERE kind = 'person'")],
    names: [
      ...col("SELECT name FROM dispute_parties WHERE kind = 'person'"), ...col('SELECT name FROM staff'),
      ...col('SELECT contact_name FROM companies'), ...col('SELECT display_name FROM operators'),
      ...col('SELECT representative FROM dispute_parties'), ...col('SELECT contact_name FROM offices'),
      ...col('SELECT name FROM committee_members'), ...col('SELECT name FROM election_candidates'),
      // meetings (issue 11): attendees, recorders and those who raised a topic
      ...col('SELECT name FROM meeting_attendees'), ...col('SELECT recorder_name FROM meetings'), ...col('SELECT requester FROM meeting_topics'),
    ],
  };
}

/** A personal-detail column of the parties, or an organisation representative's column, in any record line. */
const PERSONAL_COLUMNS = /"(gender|birth_date|ethnicity|occupation|residence)":/;

describe('privacy of a bundle', () => {
  it('at the default level holds no demo phone number, ID number or natural person’s name', async () => {
    const b = await exportBundle(w);
    const text = [...(await openBundle(w, b.file)).values()].map((v) => v.toString('utf8')).join('\n');
    const { phones, ids, details, names } = personalData();
    expect(phones.length).toBeGreaterThan(100);
    expect(ids.length).toBeGreaterThan(50);
    expect(details.length).toBeGreaterThan(50);
    expect(new Set(names).size).toBeGreaterThan(100);
    expect(col('SELECT representative FROM dispute_parties').length).toBeGreaterThan(10);
    for (const p of new Set(phones)) expect(text.includes(p), `phone ${p}`).toBe(false);
    for (const id of new Set(ids)) expect(text.includes(id), `id number ${id}`).toBe(false);
    for (const d of new Set(details)) expect(text.includes(d), `personal detail ${d}`).toBe(false);
    for (const n of new Set(names)) expect(text.includes(n), `name ${n}`).toBe(false);
    // Booleans, not toMatch: a failure must not print the whole bundle.
    expect(/"phone":|"id_number":/.test(text)).toBe(false);
    expect(PERSONAL_COLUMNS.test(text)).toBe(false);
    // Representatives and the office's contact are pseudonymised, not dropped; the office's own phone travels.
    expect(/"representative":"化名[A-Z2-9]{10}"/.test(text)).toBe(true);
    expect(/"contact_name":"化名[A-Z2-9]{10}"/.test(text)).toBe(true);
    expect(text.includes('"contact_phone":"0715-8123000"')).toBe(true);
    expect(text.includes('[电话已隐去]')).toBe(true);
    expect(text.includes('[证件号已隐去]')).toBe(true);
  });

  it('pseudonyms are stable: the same person has the same pseudonym everywhere', async () => {
    const entries = await openBundle(w, (await ok(w.office.app, w.office.admin, 'sync:list-bundles', {})).map((b) => `${w.usb}/${b.file}`)[0]!);
    const parties = entries.get('data/dispute_parties.ndjson')!.toString().trim().split('\n').map((l) => JSON.parse(l) as { name: string; kind: string; dispute_id: string });
    const chunyu = parties.find((p) => p.kind === 'person' && entries.get('data/dispute_evidence.ndjson')!.toString().includes(p.name));
    expect(chunyu?.name).toMatch(/^化名[A-Z2-9]{10}$/);
    const evidence = JSON.parse(entries.get('data/dispute_evidence.ndjson')!.toString().trim().split('\n').at(-1)!) as { provided_by: string; name: string };
    expect(evidence.provided_by).toBe(chunyu!.name);
    expect(evidence.name).toBe(`${chunyu!.name}提交的照片`);
  });

  it('the named level keeps names but still no phone or ID number', async () => {
    await ok(w.office.app, w.office.admin, 'registry:create-community', { name: '测试社区' });
    const named = await exportBundle(w, { privacy: 'named', reason: '核对当事人重复投诉' });
    expect(named.records).toBe(1);
    const text = [...(await openBundle(w, named.file)).values()].map((v) => v.toString()).join('\n');
    expect(text.includes('"level": "named"')).toBe(true);
    const d = (await ok(w.office.app, w.office.admin, 'disputes:list', { search: '欧阳春花', offset: 0, limit: 1 })).rows[0]!;
    const detail = await ok(w.office.app, w.office.admin, 'disputes:get', { id: d.id });
    await ok(w.office.app, w.office.admin, 'disputes:add-evidence', { id: d.id, version: detail.version, name: '补充材料', providedBy: '司马建国', receivedAt: '2026-11-21T10:00:00+08:00', notes: '电话 13907150001' });
    const named2 = await exportBundle(w, { privacy: 'named', reason: '核对当事人重复投诉' });
    const text2 = [...(await openBundle(w, named2.file)).values()].map((v) => v.toString()).join('\n');
    expect(text2.includes('司马建国')).toBe(true);
    expect(text2.includes('13907150001')).toBe(false);
  });

  it('the named level keeps representatives’ names but no personal detail; full keeps them all', async () => {
    const d = (await ok(w.office.app, w.office.admin, 'disputes:list', { search: '欧阳春花', offset: 0, limit: 1 })).rows[0]!;
    const detail = await ok(w.office.app, w.office.admin, 'disputes:get', { id: d.id });
    const party = detail.parties.find((p) => p.name === '司马建国')!;
    const { id: _id, role: _r, kind: _k, name: _n, phoneMasked: _p, idNumberMasked: _i, companyId: _c, idNumberGender: _g, idNumberGivesBirthDate: _b, ...kept } = party;
    await ok(w.office.app, w.office.admin, 'disputes:update-party', { id: d.id, version: detail.version, partyId: party.id, ...kept, occupation: '退休职工' });
    const committee = detail.parties.find((p) => p.kind === 'committee')!;
    const after = await ok(w.office.app, w.office.admin, 'disputes:get', { id: d.id });
    await ok(w.office.app, w.office.admin, 'disputes:update-party', { id: d.id, version: after.version, partyId: committee.id, residence: committee.residence, representative: '诸葛明辉' });
    const named = [...(await openBundle(w, (await exportBundle(w, { privacy: 'named', reason: '核对当事人重复投诉' })).file)).values()].map((v) => v.toString()).join('\n');
    expect(named.includes('"representative":"诸葛明辉"')).toBe(true);
    expect(PERSONAL_COLUMNS.test(named)).toBe(false);
    expect(named.includes('1961-04-17') || named.includes('锦湖紫竹苑7栋1单元702')).toBe(false);
    await ok(w.office.app, w.office.admin, 'disputes:update-party', { id: d.id, version: (await ok(w.office.app, w.office.admin, 'disputes:get', { id: d.id })).version, partyId: party.id, ...kept, occupation: '退休' });
    const full = [...(await openBundle(w, (await exportBundle(w, { privacy: 'full', reason: '法院调取当事人信息' })).file)).values()].map((v) => v.toString()).join('\n');
    for (const value of ['"birth_date":"1961-04-17"', '"residence":"锦湖紫竹苑7栋1单元702"', '"gender":"male"', '"occupation":"退休"']) expect(full.includes(value), value).toBe(true);
  });
});
