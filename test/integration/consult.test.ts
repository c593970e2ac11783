import type { Session } from '#core/call-context';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectionItem, resolvedTopic } from './helpers/action-fixtures';
import { sessionAs } from './helpers/committee-fixtures';
import { intake } from './helpers/dispute-fixtures';
import { convertToPdf, docxText, pdfPages, pdftotext, soffice } from './helpers/docx-text';
import { seedMeetingRegistry, topic, type MeetingRegistry } from './helpers/meeting-fixtures';
import { bootstrappedLedger, changeCount, ok, type TestLedger } from './helpers/temp-ledger';
import { refusedWithNothingWritten } from './helpers/refused';

// The test clock reads 25 November 2026, 14:00 in Shanghai.
let t: TestLedger;
let reg: MeetingRegistry;
let secretary: Session;
beforeEach(async () => {
  t = await bootstrappedLedger();
  reg = await seedMeetingRegistry(t.app, t.admin);
  secretary = await sessionAs(t.app, t.admin, 'secretary', 'jilu');
});
afterEach(() => t.close());

const refused = (channel: string, input: Record<string, unknown>, code: string, field?: string) => refusedWithNothingWritten(t.app, secretary, channel, input, code, field);

describe('结果公示', () => {
  it('publishes a resolved topic for seven days by default, with a countdown on the dashboard, and a 公示 LibreOffice opens', async () => {
    const { topicId } = await resolvedTopic(t.app, secretary, reg);
    const p = await ok(t.app, secretary, 'consult:publish', { topicId, place: '小区东门公示栏', publishedFrom: '2026-11-21' });
    expect(p).toMatchObject({ publishedUntil: '2026-11-27', notice: '同意使用公共收益 3.2 万元改造车库照明，12 月底前完工', countdown: { state: 'running', daysLeft: 3, days: 7 }, countdownText: '公示中，还剩 3 天（共 7 天）' });
    const later = await ok(t.app, secretary, 'consult:publish', { topicId, place: '社区公众号', publishedFrom: '2026-11-28', publishedUntil: '2026-12-02', notice: '车库照明改造将于 12 月开工' });
    expect(later.countdown).toEqual({ state: 'upcoming', startsInDays: 3, days: 5 });
    await ok(t.app, secretary, 'consult:publish', { topicId, place: '旧公示栏', publishedFrom: '2026-11-01', publishedUntil: '2026-11-07' });
    const countdowns = await ok(t.app, secretary, 'consult:countdowns', {});
    expect(countdowns.map((c) => [c.place, c.countdown.state])).toEqual([['小区东门公示栏', 'running'], ['社区公众号', 'upcoming']]);

    const notice = await ok(t.app, secretary, 'consult:export-notice', { id: p.id });
    expect(notice.fileName).toBe('2026-11-21-地下车库照明改造-结果公示.docx');
    expect(statSync(notice.file).mode & 0o777).toBe(0o600);
    const text = docxText(readFileSync(notice.file));
    for (const s of ['关于「地下车库照明改造」协商结果的公示', '锦湖紫竹苑四方联席会议', '表决结果：通过', '同意使用公共收益 3.2 万元', '2026年11月21日至2026年11月27日', '小区东门公示栏']) expect(text.includes(s), s).toBe(true);
    if (!soffice) return console.warn('[consult] LibreOffice is not installed: the "it opens" check is skipped.');
    const dir = mkdtempSync(join(tmpdir(), 'consult-doc-'));
    const pdf = convertToPdf(notice.file, dir).replace(/^.*\//, `${dir}/`);
    expect(statSync(pdf).size).toBeGreaterThan(1000);
    if (pdftotext) expect(pdfPages(pdf).join('\n')).toContain('协商结果的公示');
    if (process.env.CONSULT_DOCS_KEEP) console.log(`[consult] PDF in ${dir}`);
  }, 180_000);

  it('refuses an end before the start and a topic not yet resolved, naming the field, writing nothing', async () => {
    const { topicId } = await resolvedTopic(t.app, secretary, reg);
    expect(await refused('consult:publish', { topicId, place: '公示栏', publishedFrom: '2026-11-21', publishedUntil: '2026-11-20' }, 'invalid-input', 'publishedUntil')).toBe('「公示截止日期」不能早于公示开始日期（2026-11-21）');
    expect(await refused('consult:publish', { topicId, place: '', publishedFrom: '2026-11-21' }, 'invalid-input', 'place')).toContain('「地点」');
    expect(await refused('consult:publish', { topicId, place: '公示栏', publishedFrom: '2026-11-31' }, 'invalid-input', 'publishedFrom')).toBe('「公示开始日期」不是有效的日期');
    const collected = await ok(t.app, secretary, 'meetings:create-topic', topic({ estateId: reg.estateId, topicTitle: '还没上会' }));
    expect(await refused('consult:publish', { topicId: collected.id, place: '公示栏', publishedFrom: '2026-11-21' }, 'forbidden-transition')).toBe('议题尚未形成决议，不能公示结果');
  });
});

describe('links and 诉求响应台账', () => {
  it('a dispute raised as a topic shows its meeting, resolution and publication on the case', async () => {
    const d = await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId));
    const { topicId } = await resolvedTopic(t.app, secretary, reg, { source: 'dispute', caseId: d.id, topicTitle: '夜间装修噪音' });
    await ok(t.app, secretary, 'consult:publish', { topicId, place: '3 号楼公示栏', publishedFrom: '2026-11-24' });
    const linked = await ok(t.app, secretary, 'consult:linked-topics', { caseId: d.id });
    expect(linked).toEqual([
      expect.objectContaining({ id: topicId, title: '夜间装修噪音', status: 'resolved', meetingTitle: '锦湖紫竹苑四方联席会议', meetingOn: '2026-11-20', outcome: '通过', resolution: expect.stringContaining('同意使用公共收益') }),
    ]);
    expect(linked[0]!.publications.map((p) => p.countdownText)).toEqual(['公示中，还剩 6 天（共 7 天）']);
    expect((await ok(t.app, secretary, 'consult:linked-topics', { estateId: reg.otherEstateId })).length).toBe(0);
    // An action item the meeting set shows in its minutes (the meetings domain's hook).
    const [meeting] = (await ok(t.app, secretary, 'meetings:list', { offset: 0, limit: 5 })).rows;
    const item = await ok(t.app, secretary, 'actions:create', { ...inspectionItem(reg.estateId), sourceKind: 'meeting', sourceMeetingId: meeting!.id, sourceNote: null });
    expect(item).toMatchObject({ meetingId: meeting!.id, estateId: reg.estateId });
    const other = await ok(t.app, secretary, 'meetings:create-topic', topic());
    expect(await refused('actions:create', { ...inspectionItem(reg.estateId), sourceKind: 'meeting', sourceMeetingId: meeting!.id, sourceResolutionId: other.id, sourceNote: null }, 'invalid-input', 'sourceResolutionId')).toContain('不是所选会议的决议');
  });

  it('lists every resident request of a period from receipt to completion with its 办结率, and exports it', async () => {
    const { topicId } = await resolvedTopic(t.app, secretary, reg);
    await ok(t.app, secretary, 'consult:publish', { topicId, place: '公示栏', publishedFrom: '2026-11-21' });
    const resolved = (await ok(t.app, secretary, 'meetings:list-topics', { status: 'resolved' })).find((x) => x.id === topicId)!;
    await ok(t.app, secretary, 'meetings:complete-topic', { id: topicId, version: resolved.version, completedOn: '2026-11-24' });
    await ok(t.app, secretary, 'meetings:create-topic', topic({ topicTitle: '单元门禁损坏', receivedAt: '2026-11-12T09:00:00+08:00' }));
    await ok(t.app, secretary, 'meetings:create-topic', topic({ topicTitle: '十月的诉求', receivedAt: '2026-10-31T23:30:00+08:00' }));
    await ok(t.app, secretary, 'meetings:create-topic', topic({ topicTitle: '业委会提出', source: 'committee', receivedAt: '2026-11-12T09:00:00+08:00' }));
    const november = await ok(t.app, secretary, 'consult:request-ledger', { dateFrom: '2026-11-01', dateUntil: '2026-11-30' });
    expect(november.rows.map((r) => [r.title, r.status, r.receivedOn, r.publishedFrom, r.completedOn, r.daysOpen])).toEqual([
      ['地下车库照明改造', 'completed', '2026-11-10', '2026-11-21', '2026-11-24', 14],
      ['单元门禁损坏', 'collected', '2026-11-12', null, null, 13],
    ]);
    expect([november.received, november.completed, november.percent]).toEqual([2, 1, 50]);
    // Completed after the period's last day: not 办结 within it.
    expect((await ok(t.app, secretary, 'consult:request-ledger', { dateFrom: '2026-11-01', dateUntil: '2026-11-20' })).percent).toBe(0);
    expect((await ok(t.app, secretary, 'consult:request-ledger', { dateFrom: '2026-10-31', dateUntil: '2026-10-31' })).rows.map((r) => r.title)).toEqual(['十月的诉求']);
    expect(await refused('consult:request-ledger', { dateFrom: '2026-11-30', dateUntil: '2026-11-01' }, 'invalid-input', 'dateUntil')).toContain('不能早于开始日期');

    const before = changeCount(t.app);
    const out = await ok(t.app, secretary, 'consult:export-request-ledger', { dateFrom: '2026-11-01', dateUntil: '2026-11-30' });
    expect([out.rows, changeCount(t.app)]).toEqual([2, before + 1]);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out.file);
    expect(wb.getWorksheet('诉求响应台账')!.getRow(2).getCell(2).value).toBe('地下车库照明改造');
    expect(wb.getWorksheet('说明')!.getColumn(2).values).toContain('50%');
  });
});
