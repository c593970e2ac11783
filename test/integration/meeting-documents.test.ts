import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf, docxText, pdfPages, pdftotext, soffice } from './helpers/docx-text';
import { fourParty, seedMeetingRegistry, withAttendance } from './helpers/meeting-fixtures';
import { bootstrappedLedger, ok, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
let meetingId: string;
beforeAll(async () => {
  t = await bootstrappedLedger();
  const reg = await seedMeetingRegistry(t.app, t.admin);
  let m = await ok(t.app, t.admin, 'meetings:create', fourParty(reg));
  meetingId = m.id;
  const signIn = await ok(t.app, t.admin, 'meetings:export-document', { id: m.id, kind: 'sign-in' });
  expect(docxText(readFileSync(signIn.file))).toContain('张建国');
  m = await ok(t.app, t.admin, 'meetings:set-attendees', { id: m.id, version: m.version, attendees: withAttendance(m.attendees, ['王强']) });
  m = await ok(t.app, t.admin, 'meetings:set-agenda', { id: m.id, version: m.version, agenda: [{ itemTitle: '车库照明改造方案', topicId: null, discussion: '物业报价 3.2 万元' }] });
  m = await ok(t.app, t.admin, 'meetings:set-resolutions', { id: m.id, version: m.version, resolutions: [{ resolutionText: '同意使用公共收益改造车库照明', topicId: null, vote: { votesFor: 4, votesAgainst: 1, votesAbstain: 0 } }] });
  for (const action of ['submit', 'approve', 'lock'] as const) m = await ok(t.app, t.admin, 'meetings:minutes-action', { id: m.id, version: m.version, action });
  await ok(t.app, t.admin, 'meetings:add-addendum', { id: m.id, version: m.version, addedOn: '2026-11-24', addendumText: '金额以审计结果为准' });
}, 60_000);
afterAll(() => t.close());

describe('meeting papers', () => {
  it('writes the sign-in sheet and the minutes as owner-only .docx that LibreOffice opens, with attendance, votes, addenda and the lock hash', async () => {
    const signIn = await ok(t.app, t.admin, 'meetings:export-document', { id: meetingId, kind: 'sign-in' });
    const minutes = await ok(t.app, t.admin, 'meetings:export-document', { id: meetingId, kind: 'minutes' });
    expect([signIn.fileName, minutes.fileName]).toEqual(['2026-11-20-锦湖紫竹苑四方联席会议-签到表.docx', '2026-11-20-锦湖紫竹苑四方联席会议-会议纪要.docx']);
    for (const f of [signIn, minutes]) {
      expect(f.file.startsWith(join(t.dir, 'documents'))).toBe(true);
      expect(statSync(f.file).mode & 0o777).toBe(0o600);
    }
    const text = docxText(readFileSync(minutes.file));
    const detail = await ok(t.app, t.admin, 'meetings:get', { id: meetingId });
    for (const s of ['一、参会人员（受邀 6 人，出席 5 人）', '王强', '缺席', '车库照明改造方案', '同意使用公共收益改造车库照明', '4 / 1 / 0', '通过', '金额以审计结果为准', detail.minutesHash!]) {
      expect(text.includes(s), s).toBe(true);
    }
    if (!soffice) return console.warn('[meeting-documents] LibreOffice is not installed: the "it opens" check is skipped.');
    const dir = mkdtempSync(join(tmpdir(), 'meeting-doc-'));
    for (const f of [signIn, minutes]) convertToPdf(f.file, dir);
    const pdf = join(dir, minutes.fileName.replace(/\.docx$/, '.pdf'));
    expect(statSync(pdf).size).toBeGreaterThan(1000);
    if (pdftotext) expect(pdfPages(pdf).join('\n')).toContain('锦湖紫竹苑四方联席会议会议纪要');
    if (process.env.MEETING_DOCS_KEEP) console.log(`[meeting-documents] PDFs in ${dir}`);
  }, 180_000);
});
