// disputes:export-document and disputes:open-document on a real ledger: what each
// document needs (refused with the party and fields named), what it prints, the
// change-log entry of each generation, and opening only by a core-issued id.
import { openLedgerApp, type LedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { GENERATED_DOCUMENT_ENTITY } from '#core/documents/document-desk';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mediatedCase, seedRegistry, validIdNumber, type Registry } from './helpers/dispute-fixtures';
import { docxText } from './helpers/docx-text';
import { ADMIN_PASSWORD, bootstrappedLedger, changeCount, ok, type TestLedger } from './helpers/temp-ledger';
import { testPorts } from './helpers/test-ports';

let t: TestLedger;
let reg: Registry;
beforeEach(async () => {
  t = await bootstrappedLedger();
  reg = await seedRegistry(t.app, t.admin);
});
afterEach(() => t.close());

// Born 1 January 1980, digit 17 odd: 男.
const ID = validIdNumber('42120219800101001');
const parties = [
  { role: 'applicant', kind: 'person', name: '张伟', phone: '13871234567', idNumber: ID, ethnicity: '汉族', occupation: '教师' },
  { role: 'respondent', kind: 'company', name: '咸宁荣基物业', companyId: '' },
] as const;

async function settledCase(terms = '一、物业公司于11月30日前修复漏水\n二、张伟补缴物业费1,200元') {
  return mediatedCase(t.app, t.admin, reg, { settled: terms }, { parties: [parties[0], { ...parties[1], companyId: reg.companyId }] });
}
const refusal = async (app: LedgerApp, session: Session, channel: string, input: unknown) => {
  const r = await app.dispatch(channel, input, session);
  return r.ok ? null : r.error;
};
const documentsDir = () => join(t.dir, 'documents');

describe('the 人民调解协议书', () => {
  it('is refused until every party has what the standard form prints, naming the party and the fields, and nothing is written', async () => {
    const d = await settledCase();
    const before = changeCount(t.app);
    const error = await refusal(t.app, t.admin, 'disputes:export-document', { id: d.id, kind: 'agreement' });
    expect(error).toMatchObject({ code: 'forbidden-transition' });
    // Gender and birth date come from the ID number, so only 住所 is missing for 张伟.
    expect(error?.message).toContain('申请人张伟：住所；被申请人咸宁荣基物业：住所、法定代表人。');
    expect(changeCount(t.app)).toBe(before);
    expect(existsSync(documentsDir()) ? readdirSync(documentsDir()) : []).toEqual([]);
  });

  it('prints the details (gender and birth date read from the ID number), does not number terms twice, and logs the generation', async () => {
    let d = await settledCase();
    d = await ok(t.app, t.admin, 'disputes:update-party', { id: d.id, version: d.version, partyId: d.parties[0]!.id, ethnicity: '汉族', occupation: '教师', residence: '锦湖紫竹苑3栋501' });
    d = await ok(t.app, t.admin, 'disputes:update-party', { id: d.id, version: d.version, partyId: d.parties[1]!.id, residence: '温泉路 1 号', representative: '王国强' });
    const before = changeCount(t.app);
    const doc = await ok(t.app, t.admin, 'disputes:export-document', { id: d.id, kind: 'agreement' });
    expect(doc.fileName).toBe(`${d.caseNo}-人民调解协议书.docx`);
    expect(doc.file).toBe(join(documentsDir(), doc.fileName));
    expect(doc.documentId).toMatch(/^[\w-]{24}$/);
    const text = docxText(readFileSync(doc.file));
    expect(text).toContain(`申请人：张伟，男，1980年1月1日出生，汉族，教师，住所：锦湖紫竹苑3栋501，公民身份号码：${ID}，联系电话：13871234567。`);
    expect(text).toContain('被申请人：咸宁荣基物业，住所：温泉路 1 号，法定代表人：王国强。');
    expect(text).toContain('一、物业公司于11月30日前修复漏水二、张伟补缴物业费1,200元');
    expect(text).not.toContain('一、一、');
    expect(text).toContain('温泉街道人民调解委员会');

    // One entry: who, which document, which case — never the values printed.
    expect(changeCount(t.app)).toBe(before + 1);
    const entry = t.app.ledger.raw.prepare('SELECT * FROM changes ORDER BY seq DESC LIMIT 1').get() as Record<string, string>;
    expect(entry).toMatchObject({ actor: 'admin', entity: GENERATED_DOCUMENT_ENTITY, entity_id: d.id, action: 'reveal' });
    expect(JSON.parse(entry.payload!)).toEqual({ dispute_id: d.id, case_no: d.caseNo, subject: d.caseNo, kind: 'agreement', file_name: doc.fileName, unmasked: ['phone', 'idNumber'] });
    expect(entry.payload).not.toContain(ID);
    expect(entry.payload).not.toContain('13871234567');
    // Not a table, so checks of tables against their latest entries never read it as a record version.
    expect(t.app.ledger.raw.prepare("SELECT name FROM sqlite_master WHERE name = ?").get(GENERATED_DOCUMENT_ENTITY)).toBeUndefined();
    // The case's 操作记录 says who generated which document.
    const history = await ok(t.app, t.admin, 'disputes:history', { id: d.id });
    expect(history[0]).toMatchObject({ what: '生成人民调解协议书' });
    // The chain still verifies.
    expect((await ok(t.app, t.admin, 'system:check', {})).chainOk).toBe(true);
  });
});

describe('the 诉调对接移送单', () => {
  it('needs the office’s contact person and phone, then prints them with the committee’s own name', async () => {
    const d = await mediatedCase(t.app, t.admin, reg, { failed: '双方分歧较大' });
    const before = changeCount(t.app);
    const error = await refusal(t.app, t.admin, 'disputes:export-document', { id: d.id, kind: 'court-referral' });
    expect(error?.message).toBe('移送函须写明人民调解委员会的联系人及电话，街道信息中还没有填写联系人和联系电话。请管理员或主任在「街道信息」中填写后再生成。');
    expect(changeCount(t.app)).toBe(before);
    const office = await ok(t.app, t.admin, 'registry:get-office', {});
    await ok(t.app, t.admin, 'registry:update-office', { version: office.version, name: office.name, divisionCode: office.divisionCode, address: '咸宁市咸安区温泉路 86 号', contactName: '陈志刚', contactPhone: '0715-8123000', committeeName: '咸安区温泉街道人民调解委员会' });
    const doc = await ok(t.app, t.admin, 'disputes:export-document', { id: d.id, kind: 'court-referral' });
    const text = docxText(readFileSync(doc.file));
    expect(text).toContain('联系人及电话陈志刚 0715-8123000');
    expect(text).toContain('联系地址咸宁市咸安区温泉路 86 号');
    expect(text).toContain('咸安区温泉街道人民调解委员会于');
    const entry = t.app.ledger.raw.prepare('SELECT entity, action, payload FROM changes ORDER BY seq DESC LIMIT 1').get() as Record<string, string>;
    expect(entry).toMatchObject({ entity: GENERATED_DOCUMENT_ENTITY, action: 'reveal' });
    expect(JSON.parse(entry.payload!)).toMatchObject({ kind: 'court-referral', unmasked: ['phone', 'idNumber'] });
  });
});

describe('opening a generated document (disputes:open-document)', () => {
  it('opens with the desktop program only by the id the core issued, never a path, and says why not', async () => {
    const opened: string[] = [];
    const dir = join(t.dir, 'electron-like');
    const app = await openLedgerApp(dir, testPorts(), () => {}, { opener: { open: async (file) => (opened.push(file), file.endsWith('.docx') ? null : 'no app') } });
    try {
      const admin: Session = { principal: null };
      await ok(app, admin, 'auth:bootstrap', { officeName: '温泉街道', divisionCode: '421202001', username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD });
      const r = await seedRegistry(app, admin);
      const d = await mediatedCase(app, admin, r, { failed: '分歧大' });
      const office = await ok(app, admin, 'registry:get-office', {});
      await ok(app, admin, 'registry:update-office', { version: office.version, name: office.name, divisionCode: office.divisionCode, contactName: '陈志刚', contactPhone: '0715-8123000' });
      const doc = await ok(app, admin, 'disputes:export-document', { id: d.id, kind: 'court-referral' });
      expect(await ok(app, admin, 'disputes:open-document', { documentId: doc.documentId })).toEqual({ fileName: doc.fileName });
      expect(opened).toEqual([join(dir, 'documents', doc.fileName)]);
      expect(await refusal(app, admin, 'disputes:open-document', { documentId: 'A'.repeat(24) })).toMatchObject({ code: 'not-found' });
      expect(await refusal(app, admin, 'disputes:open-document', { documentId: '../../ledger.db' })).toMatchObject({ code: 'invalid-input' });
      expect(await refusal(app, admin, 'disputes:open-document', { file: doc.file })).toMatchObject({ code: 'invalid-input' });
      expect(await refusal(app, { principal: null }, 'disputes:open-document', { documentId: doc.documentId })).toMatchObject({ code: 'unauthenticated' });
      expect(opened).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  it('over the loopback host (no desktop opener) refuses and points to the download', async () => {
    const d = await mediatedCase(t.app, t.admin, reg, { failed: '分歧大' });
    const office = await ok(t.app, t.admin, 'registry:get-office', {});
    await ok(t.app, t.admin, 'registry:update-office', { version: office.version, name: office.name, divisionCode: office.divisionCode, contactName: '陈志刚', contactPhone: '0715-8123000' });
    const doc = await ok(t.app, t.admin, 'disputes:export-document', { id: d.id, kind: 'court-referral' });
    expect(await refusal(t.app, t.admin, 'disputes:open-document', { documentId: doc.documentId })).toMatchObject({ code: 'forbidden', message: expect.stringContaining('下载') });
  });
});
