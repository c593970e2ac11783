// 已生成文书: the director's list of the generated documents (from the change log and
// the documents folder), what 打开/下载 marks as printed, and the purge, each deletion logged.
import { documentDownload } from '#core/app/document-download';
import { openLedgerApp, type LedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { GENERATED_DOCUMENT_DELETED } from '#core/documents/generated-documents.service';
import { GENERATED_DOCUMENT_OPENED } from '#core/documents/document-desk';
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mediatedCase, seedRegistry, type Registry } from './helpers/dispute-fixtures';
import { ADMIN_PASSWORD, changeCount, ok, tempDir } from './helpers/temp-ledger';
import { testPorts } from './helpers/test-ports';

let dir: ReturnType<typeof tempDir>;
let app: LedgerApp;
let admin: Session;
let reg: Registry;
const opened: string[] = [];
beforeEach(async () => {
  dir = tempDir('ledger-docs-');
  opened.length = 0;
  app = await openLedgerApp(dir.dir, testPorts(), () => {}, { opener: { open: async (file) => (opened.push(file), null) } });
  admin = { principal: null };
  await ok(app, admin, 'auth:bootstrap', { officeName: '温泉街道', divisionCode: '421202001', username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD });
  reg = await seedRegistry(app, admin);
  const office = await ok(app, admin, 'registry:get-office', {});
  await ok(app, admin, 'registry:update-office', { version: office.version, name: office.name, divisionCode: office.divisionCode, contactName: '陈志刚', contactPhone: '0715-8123000' });
});
afterEach(async () => {
  await app.close();
  dir.cleanup();
});

const referral = async () => {
  const d = await mediatedCase(app, admin, reg, { failed: '分歧大' });
  return { d, doc: await ok(app, admin, 'disputes:export-document', { id: d.id, kind: 'court-referral' }) };
};
const entries = (entity: string) => app.ledger.raw.prepare('SELECT actor, entity_id, action, payload FROM changes WHERE entity = ? ORDER BY seq').all(entity) as { actor: string; entity_id: string; action: string; payload: string }[];
const documents = () => join(dir.dir, 'documents');

describe('the generated documents list', () => {
  it('lists each document with its case, kind, who, when, size and whether it is still on disk, and files the log does not name', async () => {
    const a = await referral();
    const b = await referral();
    writeFileSync(join(documents(), '锦湖紫竹苑-候选人公示.docx'), 'notice', { mode: 0o600 });
    writeFileSync(join(documents(), '.hidden.docx'), 'x');
    const rows = await ok(app, admin, 'documents:list-generated', {});
    expect(rows.map((r) => r.fileName).sort()).toEqual([a.doc.fileName, b.doc.fileName, '锦湖紫竹苑-候选人公示.docx'].sort());
    const rowA = rows.find((r) => r.fileName === a.doc.fileName)!;
    expect(rowA).toEqual({
      fileName: a.doc.fileName,
      caseNo: a.d.caseNo,
      subject: a.d.caseNo,
      kind: '诉调对接移送单',
      generatedBy: '管理员（admin）',
      generatedAt: expect.stringMatching(/^2026-11-25T/),
      size: statSync(a.doc.file).size,
      onDisk: true,
      opened: false,
    });
    expect(rows.find((r) => r.caseNo === null)).toMatchObject({ fileName: '锦湖紫竹苑-候选人公示.docx', generatedBy: null, size: 6, onDisk: true });
  });

  it('shows a document deleted outside the app as no longer on disk', async () => {
    const a = await referral();
    await import('node:fs').then((fs) => fs.unlinkSync(a.doc.file));
    const [row] = await ok(app, admin, 'documents:list-generated', {});
    expect(row).toMatchObject({ fileName: a.doc.fileName, onDisk: false, size: null });
  });

  it('is for the director: a mediator is refused', async () => {
    await ok(app, admin, 'auth:create-operator', { username: 'tiaojie9', displayName: '刘建华', role: 'mediator', password: 'long-enough-pw' });
    const mediator: Session = { principal: null };
    await ok(app, mediator, 'auth:sign-in', { username: 'tiaojie9', password: 'long-enough-pw' });
    const r = await app.dispatch('documents:list-generated', {}, mediator);
    expect(r.ok ? null : r.error.code).toBe('forbidden');
  });
});

describe('删除已打印', () => {
  it('deletes only the documents opened or downloaded since they were generated, logging each; a regenerated one is unprinted again', async () => {
    const a = await referral();
    const b = await referral();
    const c = await referral();
    await ok(app, admin, 'disputes:open-document', { documentId: a.doc.documentId });
    const download = await documentDownload(app, admin, b.doc.documentId);
    expect(download.ok).toBe(true);
    expect(entries(GENERATED_DOCUMENT_OPENED).map((e) => JSON.parse(e.payload))).toEqual([
      { file_name: a.doc.fileName, how: 'open' },
      { file_name: b.doc.fileName, how: 'download' },
    ]);
    const listed = await ok(app, admin, 'documents:list-generated', {});
    expect(listed.filter((r) => r.opened).map((r) => r.fileName).sort()).toEqual([a.doc.fileName, b.doc.fileName].sort());

    const out = await ok(app, admin, 'documents:delete-opened', {});
    expect(out.deleted.sort()).toEqual([a.doc.fileName, b.doc.fileName].sort());
    expect([existsSync(a.doc.file), existsSync(b.doc.file), existsSync(c.doc.file)]).toEqual([false, false, true]);
    const deleted = entries(GENERATED_DOCUMENT_DELETED);
    expect(deleted.map((e) => [e.actor, e.action, e.entity_id])).toEqual(expect.arrayContaining([['admin', 'delete', a.d.id], ['admin', 'delete', b.d.id]]));
    expect(JSON.parse(deleted[0]!.payload)).toMatchObject({ file_name: expect.stringMatching(/诉调对接移送单\.docx$/), opened: true });
    expect((await ok(app, admin, 'documents:list-generated', {})).map((r) => r.fileName)).toEqual([c.doc.fileName]);

    // Generated again: listed, unprinted, and not deleted by the next 删除已打印.
    await ok(app, admin, 'disputes:export-document', { id: a.d.id, kind: 'court-referral' });
    expect((await ok(app, admin, 'documents:list-generated', {})).find((r) => r.fileName === a.doc.fileName)).toMatchObject({ opened: false, onDisk: true });
    expect(await ok(app, admin, 'documents:delete-opened', {})).toEqual({ deleted: [] });
    expect(existsSync(a.doc.file)).toBe(true);
    const check = await ok(app, admin, 'system:check', {});
    expect([check.integrity, check.chainOk, check.records.ok]).toEqual(['ok', true, true]);
  });
});

describe('删除 one document', () => {
  it('unlinks it and logs who deleted which file; a second time it is gone', async () => {
    const a = await referral();
    const before = changeCount(app);
    expect(await ok(app, admin, 'documents:delete-generated', { fileName: a.doc.fileName })).toEqual({ deleted: [a.doc.fileName] });
    expect(existsSync(a.doc.file)).toBe(false);
    expect(changeCount(app)).toBe(before + 1);
    const again = await app.dispatch('documents:delete-generated', { fileName: a.doc.fileName }, admin);
    expect(again.ok ? null : again.error).toMatchObject({ code: 'not-found', message: expect.stringContaining('已经不在') });
    expect(changeCount(app)).toBe(before + 1);
  });

  it('deletes nothing outside the documents folder: a path, a hidden name, a link to the ledger', async () => {
    await referral();
    symlinkSync(join(dir.dir, 'ledger.db'), join(documents(), 'ledger-link.docx'));
    mkdirSync(join(documents(), 'folder.docx'));
    const ledgerBytes = readFileSync(join(dir.dir, 'ledger.db')).length;
    const before = changeCount(app);
    for (const fileName of ['../ledger.db', '../../etc/passwd.docx', 'sub/x.docx', '.hidden.docx', 'ledger.db']) {
      const r = await app.dispatch('documents:delete-generated', { fileName }, admin);
      expect(r.ok ? null : r.error.code, fileName).toBe('invalid-input');
    }
    for (const fileName of ['ledger-link.docx', 'folder.docx']) {
      const r = await app.dispatch('documents:delete-generated', { fileName }, admin);
      expect(r.ok ? null : r.error.code, fileName).toBe('not-found');
    }
    expect(existsSync(join(documents(), 'ledger-link.docx'))).toBe(true);
    expect(readFileSync(join(dir.dir, 'ledger.db')).length).toBeGreaterThanOrEqual(ledgerBytes);
    expect(changeCount(app)).toBe(before);
  });
});
