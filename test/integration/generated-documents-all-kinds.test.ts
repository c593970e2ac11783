// Every kind of generated document goes through the one document desk: the meeting
// papers, the election papers and the consultation notice are logged like the dispute
// papers, listed on 已生成文书 with their Chinese title and what they belong to, opened
// by the id their own domain's export issued (never another domain's, never a made-up
// one), downloaded only by someone who may generate them, and purged.
import { documentDownload } from '#core/app/document-download';
import { openLedgerApp, type LedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { GENERATED_DOCUMENT_ENTITY, GENERATED_DOCUMENT_OPENED } from '#core/documents/document-desk';
import { GENERATED_DOCUMENT_DELETED } from '#core/documents/generated-documents.service';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolvedTopic } from './helpers/action-fixtures';
import { electedCommittee, sessionAs } from './helpers/committee-fixtures';
import { mediatedCase } from './helpers/dispute-fixtures';
import { fourParty, seedMeetingRegistry, type MeetingRegistry } from './helpers/meeting-fixtures';
import { ADMIN_PASSWORD, changeCount, ok, tempDir } from './helpers/temp-ledger';
import { testPorts } from './helpers/test-ports';

// The test clock reads 25 November 2026, 14:00 in Shanghai, one second per reading.
let dir: ReturnType<typeof tempDir>;
let app: LedgerApp;
let admin: Session;
let reg: MeetingRegistry;
const opened: string[] = [];
beforeEach(async () => {
  dir = tempDir('ledger-all-docs-');
  opened.length = 0;
  app = await openLedgerApp(dir.dir, testPorts(), () => {}, { opener: { open: async (file) => (opened.push(file), null) } });
  admin = { principal: null };
  await ok(app, admin, 'auth:bootstrap', { officeName: '温泉街道', divisionCode: '421202001', username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD });
  reg = await seedMeetingRegistry(app, admin);
});
afterEach(async () => {
  await app.close();
  dir.cleanup();
});

const logged = (entity: string) =>
  (app.ledger.raw.prepare('SELECT actor, entity_id, action, payload FROM changes WHERE entity = ? ORDER BY seq').all(entity) as { actor: string; entity_id: string; action: string; payload: string }[]).map((e) => ({
    ...e,
    payload: JSON.parse(e.payload) as Record<string, unknown>,
  }));

/** One document of every kind, each through its own domain's export channel. */
async function everyKind() {
  const meeting = await ok(app, admin, 'meetings:create', fourParty(reg));
  const signIn = await ok(app, admin, 'meetings:export-document', { id: meeting.id, kind: 'sign-in' });
  const minutes = await ok(app, admin, 'meetings:export-document', { id: meeting.id, kind: 'minutes' });
  const { election, candidates } = await electedCommittee(app, admin, reg.estateId);
  const vetting = await ok(app, admin, 'committees:export-document', { electionId: election.id, kind: 'vetting-form', candidateId: candidates.c });
  const candidateNotice = await ok(app, admin, 'committees:export-document', { electionId: election.id, kind: 'candidate-notice' });
  const resultNotice = await ok(app, admin, 'committees:export-document', { electionId: election.id, kind: 'result-notice' });
  const { topicId } = await resolvedTopic(app, admin, reg);
  const publication = await ok(app, admin, 'consult:publish', { topicId, place: '小区东门公示栏', publishedFrom: '2026-11-21' });
  const consultNotice = await ok(app, admin, 'consult:export-notice', { id: publication.id });
  const company = await ok(app, admin, 'registry:create-company', { name: '咸宁荣基物业', creditCode: '91350100M000100Y43' });
  const mediator = await ok(app, admin, 'registry:create-staff', { name: '刘建华', role: 'mediator', certificateNo: '鄂咸调证20240002号' });
  const office = await ok(app, admin, 'registry:get-office', {});
  await ok(app, admin, 'registry:update-office', { version: office.version, name: office.name, divisionCode: office.divisionCode, contactName: '陈志刚', contactPhone: '0715-8123000' });
  const d = await mediatedCase(app, admin, { estateId: reg.estateId, otherEstateId: reg.otherEstateId, companyId: company.id, mediatorId: mediator.id }, { failed: '双方分歧较大' });
  const referral = await ok(app, admin, 'disputes:export-document', { id: d.id, kind: 'court-referral' });
  return { meeting, election, publication, d, docs: { signIn, minutes, vetting, candidateNotice, resultNotice, consultNotice, referral } };
}

describe('every generated document, one mechanism', () => {
  it('logs each kind’s export and lists it on 已生成文书 with its Chinese title and what it belongs to', async () => {
    const before = changeCount(app);
    const { meeting, election, publication, d, docs } = await everyKind();
    expect(changeCount(app)).toBeGreaterThan(before);
    expect([docs.signIn.fileName, docs.minutes.fileName, docs.consultNotice.fileName]).toEqual([
      '2026-11-20-锦湖紫竹苑四方联席会议-签到表.docx',
      '2026-11-20-锦湖紫竹苑四方联席会议-会议纪要.docx',
      '2026-11-21-地下车库照明改造-结果公示.docx',
    ]);
    for (const doc of Object.values(docs)) {
      expect(doc.documentId, doc.fileName).toMatch(/^[\w-]{24}$/);
      expect(doc.file).toBe(join(dir.dir, 'documents', doc.fileName));
      expect(statSync(doc.file).mode & 0o777, doc.fileName).toBe(0o600);
    }
    // No partial write left behind, and every file in the folder is one the log names.
    const files = readdirSync(join(dir.dir, 'documents')).sort();
    expect(files).toEqual(Object.values(docs).map((x) => x.fileName).sort());

    const entries = logged(GENERATED_DOCUMENT_ENTITY);
    const byFile = new Map(entries.map((e) => [e.payload.file_name, e]));
    expect(byFile.get(docs.signIn.fileName)).toMatchObject({ actor: 'admin', action: 'reveal', entity_id: meeting.id, payload: { kind: 'meeting-sign-in', meeting_id: meeting.id, subject: '2026-11-20 锦湖紫竹苑四方联席会议' } });
    expect(byFile.get(docs.minutes.fileName)).toMatchObject({ entity_id: meeting.id, payload: { kind: 'meeting-minutes' } });
    expect(byFile.get(docs.vetting.fileName)).toMatchObject({ entity_id: election.id, payload: { kind: 'vetting-form', election_id: election.id, unmasked: ['phone', 'idNumber'], subject: '锦湖紫竹苑 首次选举' } });
    expect(byFile.get(docs.resultNotice.fileName)).toMatchObject({ entity_id: election.id, payload: { kind: 'election-result-notice' } });
    expect(byFile.get(docs.consultNotice.fileName)).toMatchObject({ entity_id: publication.id, payload: { kind: 'consult-notice', publication_id: publication.id, subject: '地下车库照明改造' } });
    expect(byFile.get(docs.referral.fileName)).toMatchObject({ entity_id: d.id, payload: { kind: 'court-referral', case_no: d.caseNo, subject: d.caseNo } });
    // The log names the document, never the ID number the vetting form prints.
    for (const e of entries) expect(JSON.stringify(e.payload)).not.toMatch(/\d{17}[\dX]/);

    const rows = await ok(app, admin, 'documents:list-generated', {});
    const listed = Object.fromEntries(rows.map((r) => [r.fileName, [r.kind, r.subject, r.generatedBy, r.onDisk, r.opened]]));
    expect(listed).toEqual({
      [docs.signIn.fileName]: ['会议签到表', '2026-11-20 锦湖紫竹苑四方联席会议', '管理员（admin）', true, false],
      [docs.minutes.fileName]: ['会议纪要', '2026-11-20 锦湖紫竹苑四方联席会议', '管理员（admin）', true, false],
      [docs.vetting.fileName]: ['候选人资格审查表', '锦湖紫竹苑 首次选举', '管理员（admin）', true, false],
      [docs.candidateNotice.fileName]: ['候选人公示', '锦湖紫竹苑 首次选举', '管理员（admin）', true, false],
      [docs.resultNotice.fileName]: ['选举结果公示', '锦湖紫竹苑 首次选举', '管理员（admin）', true, false],
      [docs.consultNotice.fileName]: ['协商结果公示', '地下车库照明改造', '管理员（admin）', true, false],
      [docs.referral.fileName]: ['诉调对接移送单', d.caseNo, '管理员（admin）', true, false],
    });
    // The case number stays where it was for a dispute paper, and only there.
    expect(rows.filter((r) => r.caseNo !== null).map((r) => r.fileName)).toEqual([docs.referral.fileName]);
    const check = await ok(app, admin, 'system:check', {});
    expect([check.integrity, check.chainOk, check.records.ok]).toEqual(['ok', true, true]);
  }, 120_000);

  it('opens each by the id its own export issued, and refuses an id of another domain or an unknown id, opening nothing', async () => {
    const { meeting, docs } = await everyKind();
    expect(await ok(app, admin, 'meetings:open-document', { documentId: docs.signIn.documentId })).toEqual({ fileName: docs.signIn.fileName });
    expect(await ok(app, admin, 'committees:open-document', { documentId: docs.vetting.documentId })).toEqual({ fileName: docs.vetting.fileName });
    expect(await ok(app, admin, 'consult:open-notice', { documentId: docs.consultNotice.documentId })).toEqual({ fileName: docs.consultNotice.fileName });
    expect(opened).toEqual([docs.signIn.file, docs.vetting.file, docs.consultNotice.file]);
    expect(logged(GENERATED_DOCUMENT_OPENED).map((e) => [e.entity_id, e.payload])).toEqual([
      [meeting.id, { file_name: docs.signIn.fileName, how: 'open' }],
      [expect.any(String), { file_name: docs.vetting.fileName, how: 'open' }],
      [expect.any(String), { file_name: docs.consultNotice.fileName, how: 'open' }],
    ]);

    const before = changeCount(app);
    const refusals: [Parameters<LedgerApp['dispatch']>[0], string][] = [
      ['meetings:open-document', docs.referral.documentId], // a dispute paper through the meetings' channel
      ['meetings:open-document', docs.vetting.documentId],
      ['committees:open-document', docs.minutes.documentId],
      ['consult:open-notice', docs.resultNotice.documentId],
      ['disputes:open-document', docs.signIn.documentId], // a meeting paper through the disputes' channel
      ['meetings:open-document', 'AAAAAAAAAAAAAAAAAAAAAAAA'], // well-formed, never issued
    ];
    for (const [channel, documentId] of refusals) {
      const r = await app.dispatch(channel, { documentId } as never, admin);
      expect(r.ok ? null : r.error, `${channel} ${documentId}`).toMatchObject({ code: 'not-found', message: expect.stringContaining('找不到这份文书') });
    }
    const path = await app.dispatch('meetings:open-document', { documentId: docs.signIn.file } as never, admin);
    expect(path.ok ? null : path.error.code).toBe('invalid-input');
    expect(opened).toHaveLength(3);
    expect(changeCount(app)).toBe(before);
  }, 120_000);

  it('downloads a document over the host only for someone who may generate that kind, logging the download', async () => {
    const { docs } = await everyKind();
    const mediator = await sessionAs(app, admin, 'mediator', 'tiaojie9');
    const refused = await documentDownload(app, mediator, docs.signIn.documentId);
    expect(refused.ok ? null : refused.error.code).toBe('forbidden');
    const allowed = await documentDownload(app, mediator, docs.referral.documentId);
    expect(allowed.ok && allowed.fileName).toBe(docs.referral.fileName);
    const secretary = await sessionAs(app, admin, 'secretary', 'jilu9');
    const sheet = await documentDownload(app, secretary, docs.signIn.documentId);
    expect(sheet.ok && sheet.bytes.length).toBe(statSync(docs.signIn.file).size);
    const nobody = await documentDownload(app, { principal: null }, docs.signIn.documentId);
    expect(nobody.ok ? null : nobody.error.code).toBe('unauthenticated');
    expect(logged(GENERATED_DOCUMENT_OPENED).map((e) => [e.actor, e.payload.file_name, e.payload.how])).toEqual([
      ['tiaojie9', docs.referral.fileName, 'download'],
      ['jilu9', docs.signIn.fileName, 'download'],
    ]);
  }, 120_000);

  it('删除已打印 deletes the opened ones of every kind, and 删除 the rest, each deletion logged', async () => {
    const { docs } = await everyKind();
    await ok(app, admin, 'meetings:open-document', { documentId: docs.signIn.documentId });
    await ok(app, admin, 'committees:open-document', { documentId: docs.vetting.documentId });
    const out = await ok(app, admin, 'documents:delete-opened', {});
    expect(out.deleted.sort()).toEqual([docs.signIn.fileName, docs.vetting.fileName].sort());
    expect([existsSync(docs.signIn.file), existsSync(docs.vetting.file), existsSync(docs.minutes.file)]).toEqual([false, false, true]);
    for (const doc of [docs.minutes, docs.candidateNotice, docs.resultNotice, docs.consultNotice, docs.referral]) {
      expect(await ok(app, admin, 'documents:delete-generated', { fileName: doc.fileName })).toEqual({ deleted: [doc.fileName] });
    }
    expect(readdirSync(join(dir.dir, 'documents'))).toEqual([]);
    expect(await ok(app, admin, 'documents:list-generated', {})).toEqual([]);
    const deleted = logged(GENERATED_DOCUMENT_DELETED);
    expect(deleted.map((e) => e.payload.file_name).sort()).toEqual(Object.values(docs).map((x) => x.fileName).sort());
    expect(deleted.find((e) => e.payload.file_name === docs.signIn.fileName)?.payload).toMatchObject({ opened: true });
    // The purged document's id resolves to nothing now.
    const gone = await app.dispatch('meetings:open-document', { documentId: docs.signIn.documentId }, admin);
    expect(gone.ok ? null : gone.error.code).toBe('not-found');
  }, 120_000);
});
