import { openLedgerApp } from '#core/app/ledger-app';
import { maskIdNumber, maskPhone } from '#shared/domain/disputes/masking';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electedCommittee, member, personId, sittingCommittee } from './helpers/committee-fixtures';
import { unzipEntry } from './helpers/docx-text';
import { intake, seedRegistry, validIdNumber } from './helpers/dispute-fixtures';
import { bootstrappedLedger, ok, type TestLedger } from './helpers/temp-ledger';
import { testPorts } from './helpers/test-ports';

const PHONE = '13971520486';
const ID = validIdNumber('42120219860303047');
const MEMBER_ID = personId(7);
const MEMBER_PHONE = '13607158899';
const COMPANY_PHONE = '0715-8261234';
const SECRETS = [PHONE, ID, MEMBER_ID, MEMBER_PHONE, COMPANY_PHONE];

let t: TestLedger;
let caseId: string;
let partyId: string;
let memberId: string;
let closed = false;
beforeAll(async () => {
  t = await bootstrappedLedger();
  const reg = await seedRegistry(t.app, t.admin);
  const company = await ok(t.app, t.admin, 'registry:get-company', { id: reg.companyId });
  await ok(t.app, t.admin, 'registry:update-company', { id: company.id, version: company.version, name: company.name, creditCode: company.creditCode, contactName: '李经理', phone: COMPANY_PHONE });
  const created = await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId, { parties: [{ role: 'applicant', kind: 'person', name: '孙丽', phone: PHONE, idNumber: ID }, { role: 'respondent', kind: 'person', name: '周强' }] }));
  caseId = created.id;
  partyId = created.parties[0]!.id;
  const committee = await ok(t.app, t.admin, 'committees:create', sittingCommittee(reg.estateId));
  const detail = await ok(t.app, t.admin, 'committees:add-member', member(committee.id, 7, { phone: MEMBER_PHONE }));
  memberId = detail.members[0]!.id;
});
afterAll(async () => {
  if (!closed) await t.close();
  else rmSync(t.dir, { recursive: true, force: true });
});

/** Which of the values occur anywhere in these bytes (as UTF-8, the way SQLite stores TEXT). */
const foundIn = (bytes: Buffer, values: readonly string[]) => values.filter((v) => bytes.includes(Buffer.from(v, 'utf8')));
const fileBytes = (file: string) => (existsSync(file) ? readFileSync(file) : Buffer.alloc(0));

describe('phone and ID numbers at rest', () => {
  it('are in neither ledger.db, its WAL nor any change-log payload, only as envelopes', () => {
    const db = fileBytes(join(t.dir, 'ledger.db'));
    const wal = fileBytes(join(t.dir, 'ledger.db-wal'));
    expect(db.length + wal.length).toBeGreaterThan(0);
    expect(wal.length).toBeGreaterThan(0); // the writes above are still in the WAL: it must be read too
    // The scan sees stored text: the company's contact name, typed beside its phone, is there in clear.
    expect(foundIn(Buffer.concat([db, wal]), ['李经理'])).toEqual(['李经理']);
    expect(foundIn(db, SECRETS)).toEqual([]);
    expect(foundIn(wal, SECRETS)).toEqual([]);
    const payloads = Buffer.concat((t.app.ledger.raw.prepare('SELECT CAST(payload AS BLOB) FROM changes').pluck().all() as Buffer[]));
    expect(foundIn(payloads, SECRETS)).toEqual([]);
    const party = t.app.ledger.raw.prepare('SELECT phone, id_number, id_number_hash FROM dispute_parties WHERE id = ?').get(partyId) as Record<string, string>;
    expect(party.phone).toMatch(/^enc1:[0-9a-f]{8}:[A-Za-z0-9_-]+$/);
    expect(party.id_number).toMatch(/^enc1:/);
    expect(party.id_number_hash).toMatch(/^[0-9a-f]{64}$/);
    // A fresh nonce per value: the same number sealed twice gives two ciphertexts.
    const members = t.app.ledger.raw.prepare('SELECT phone FROM committee_members').pluck().all() as string[];
    expect(members[0]).toMatch(/^enc1:/);
    expect(members[0]).not.toBe(party.phone);
  });

  it('shows them masked after opening them in the core, and reveals them with a logged entry', async () => {
    const detail = await ok(t.app, t.admin, 'disputes:get', { id: caseId });
    expect(detail.parties[0]).toMatchObject({ phoneMasked: maskPhone(PHONE), idNumberMasked: maskIdNumber(ID) });
    const before = t.app.ledger.raw.prepare('SELECT count(*) FROM changes').pluck().get() as number;
    expect(await ok(t.app, t.admin, 'disputes:reveal', { partyId, field: 'phone' })).toEqual({ value: PHONE });
    expect(await ok(t.app, t.admin, 'disputes:reveal', { partyId, field: 'idNumber' })).toEqual({ value: ID });
    const logged = t.app.ledger.raw.prepare('SELECT action, payload FROM changes WHERE seq > ? ORDER BY seq').all(before) as { action: string; payload: string }[];
    expect(logged.map((l) => [l.action, JSON.parse(l.payload).field])).toEqual([['reveal', 'phone'], ['reveal', 'idNumber']]);
    expect(foundIn(Buffer.from(JSON.stringify(logged)), SECRETS)).toEqual([]);
    const committee = await ok(t.app, t.admin, 'committees:reveal', { person: 'member', id: memberId, field: 'idNumber' });
    expect(committee.value).toBe(MEMBER_ID);
    const companies = await ok(t.app, t.admin, 'registry:list-companies', {});
    expect(companies.map((c) => c.phone)).toContain(COMPANY_PHONE);
  });

  it('still finds the case by phone, and refuses a second seat by the ID number hash', async () => {
    const found = await ok(t.app, t.admin, 'disputes:list', { search: PHONE, offset: 0, limit: 10 });
    expect(found.rows.map((r) => r.id)).toEqual([caseId]);
    const reg = await ok(t.app, t.admin, 'registry:list-estates', {});
    const other = reg.find((e) => e.name === '翰林名都')!;
    const second = await ok(t.app, t.admin, 'committees:create', sittingCommittee(other.id));
    const refused = await t.app.dispatch('committees:add-member', member(second.id, 7), t.admin);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/锦湖紫竹苑.*同一人只能在一个业委会任职/);
  });

  it('seals a corrected phone and finds the case by the new number only', async () => {
    const d = await ok(t.app, t.admin, 'disputes:get', { id: caseId });
    const NEW = '13971520999';
    await ok(t.app, t.admin, 'disputes:correct-case', {
      id: d.id, version: d.version, source: d.source, hotlineOrderNo: d.hotlineOrderNo, hotlineReceivedAt: d.hotlineReceivedAt, receivedAt: d.receivedAt, tier: d.tier,
      parties: d.parties.map((p, i) => ({ id: p.id, role: p.role, kind: p.kind, name: p.name, companyId: p.companyId, ...(i === 0 ? { phone: NEW } : {}) })),
      reason: '申请人电话登记错误',
    });
    const byNew = await ok(t.app, t.admin, 'disputes:list', { search: NEW, offset: 0, limit: 10 });
    expect(byNew.rows.map((r) => r.id)).toEqual([caseId]);
    expect((await ok(t.app, t.admin, 'disputes:list', { search: PHONE, offset: 0, limit: 10 })).total).toBe(0);
    const payloads = Buffer.concat(t.app.ledger.raw.prepare('SELECT CAST(payload AS BLOB) FROM changes').pluck().all() as Buffer[]);
    expect(foundIn(Buffer.concat([payloads, fileBytes(join(t.dir, 'ledger.db-wal'))]), [NEW])).toEqual([]);
    expect(await ok(t.app, t.admin, 'disputes:reveal', { partyId, field: 'phone' })).toEqual({ value: NEW });
    // Put back for the tests below.
    const again = await ok(t.app, t.admin, 'disputes:get', { id: caseId });
    await ok(t.app, t.admin, 'disputes:correct-case', {
      id: again.id, version: again.version, source: again.source, hotlineOrderNo: again.hotlineOrderNo, hotlineReceivedAt: again.hotlineReceivedAt, receivedAt: again.receivedAt, tier: again.tier,
      parties: again.parties.map((p, i) => ({ id: p.id, role: p.role, kind: p.kind, name: p.name, companyId: p.companyId, ...(i === 0 ? { phone: PHONE } : {}) })),
      reason: '恢复原电话',
    });
  });

  it("carries an elected candidate's ID number over to the member sealed anew, and prints it in full on the vetting form", async () => {
    const community = (await ok(t.app, t.admin, 'registry:list-communities', {}))[0]!;
    const estate = await ok(t.app, t.admin, 'registry:create-estate', { name: '选举小区', address: '温泉路 9 号', communityId: community.id, companyId: null, households: 300 });
    const { election, candidates } = await electedCommittee(t.app, t.admin, estate.id);
    const elected = await ok(t.app, t.admin, 'committees:get', { id: election.newCommitteeId! });
    const chair = elected.members.find((m) => m.name === '王建国')!;
    expect(await ok(t.app, t.admin, 'committees:reveal', { person: 'member', id: chair.id, field: 'idNumber' })).toEqual({ value: personId(11) });
    expect(chair.idNumberMasked).toBe(maskIdNumber(personId(11)));
    const form = await ok(t.app, t.admin, 'committees:export-document', { electionId: election.id, kind: 'vetting-form', candidateId: candidates.c });
    expect(unzipEntry(readFileSync(form.file), 'word/document.xml')).toContain(personId(13));
    const payloads = Buffer.concat(t.app.ledger.raw.prepare('SELECT CAST(payload AS BLOB) FROM changes').pluck().all() as Buffer[]);
    expect(foundIn(Buffer.concat([payloads, fileBytes(join(t.dir, 'ledger.db')), fileBytes(join(t.dir, 'ledger.db-wal'))]), [personId(11), personId(12), personId(13)])).toEqual([]);
  });

  it('passes the full check: chain, every row against its log entry', async () => {
    const report = await ok(t.app, t.admin, 'system:check', {});
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('refuses with a clear Chinese message when the key is another or missing, and makes no new one', async () => {
    await t.app.close();
    closed = true;
    const keyFile = join(t.dir, 'keys', 'field-key');
    const own = readFileSync(keyFile);
    writeFileSync(keyFile, randomBytes(32));
    const wrong = await openLedgerApp(t.dir, testPorts(), () => {});
    try {
      const result = await wrong.dispatch('disputes:get', { id: caseId }, { principal: { actor: 'cli:test', role: 'system', operatorId: null } });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('crypto');
        expect(result.error.message).toMatch(/无法解密电话号码和身份证号.*两者不符.*请从备份恢复/);
      }
    } finally {
      await wrong.close();
    }
    rmSync(keyFile);
    const missing = await openLedgerApp(t.dir, testPorts(), () => {});
    try {
      const result = await missing.dispatch('disputes:reveal', { partyId, field: 'phone' }, { principal: { actor: 'cli:test', role: 'system', operatorId: null } });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/找不到本台账的敏感字段密钥.*不要新建/);
      expect(existsSync(keyFile)).toBe(false);
    } finally {
      await missing.close();
    }
    writeFileSync(keyFile, own, { mode: 0o600 });
    const back = await openLedgerApp(t.dir, testPorts(), () => {});
    try {
      const result = await back.dispatch('disputes:reveal', { partyId, field: 'phone' }, { principal: { actor: 'cli:test', role: 'system', operatorId: null } });
      expect(result.ok && result.value).toEqual({ value: PHONE });
    } finally {
      await back.close();
    }
  });
});
