import type { Session } from '#core/call-context';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectionItem } from './helpers/action-fixtures';
import { sessionAs } from './helpers/committee-fixtures';
import { intake, seedRegistry, type Registry } from './helpers/dispute-fixtures';
import { bootstrappedLedger, changeCount, ok, type TestLedger } from './helpers/temp-ledger';
import { refusedWithNothingWritten } from './helpers/refused';

// The test clock reads 25 November 2026, 14:00 in Shanghai.
let t: TestLedger;
let reg: Registry;
let clerk: Session;
beforeEach(async () => {
  t = await bootstrappedLedger();
  reg = await seedRegistry(t.app, t.admin);
  clerk = await sessionAs(t.app, t.admin, 'secretary', 'jilu');
});
afterEach(() => t.close());

/** Dispatches a bad input and checks it is refused with `code` on `field`, with nothing written. */
const refused = (session: Session, channel: string, input: Record<string, unknown>, code: string, field?: string) => refusedWithNothingWritten(t.app, session, channel, input, code, field);

describe('action items (整改清单)', () => {
  it('follows an item from 待整改 to 已核验销号, the verifier being a second person', async () => {
    const created = await ok(t.app, clerk, 'actions:create', inspectionItem(reg.estateId));
    expect(created).toMatchObject({ status: 'open', estateName: '锦湖紫竹苑', companyId: reg.companyId, companyName: '咸宁荣基物业', overdue: false, steps: ['update', 'start', 'complete'] });
    const started = await ok(t.app, clerk, 'actions:start', { id: created.id, version: created.version, startedOn: '2026-11-25' });
    expect(started.status).toBe('in-progress');
    const done = await ok(t.app, clerk, 'actions:complete', { id: started.id, version: started.version, rectifiedOn: '2026-11-25', completionEvidence: '已清理，现场照片 3 张存档' });
    expect(done).toMatchObject({ status: 'done', completedBy: 'jilu', steps: ['reopen'] });

    const message = await refused(clerk, 'actions:verify', { id: done.id, version: done.version, verifiedOn: '2026-11-25' }, 'invalid-input', 'verifier');
    expect(message).toBe('「核验人」不能由登记完成的同一人（jilu）核验，请另一名工作人员核验');

    const asAdmin = await ok(t.app, t.admin, 'actions:get', { id: done.id });
    expect(asAdmin.steps).toEqual(['verify', 'reopen']);
    const verified = await ok(t.app, t.admin, 'actions:verify', { id: done.id, version: done.version, verifiedOn: '2026-11-25', verificationNote: '现场复查合格' });
    expect(verified).toMatchObject({ status: 'verified', verifiedBy: 'admin', completedBy: 'jilu', steps: [] });
    expect(await refused(t.admin, 'actions:update', { ...inspectionItem(reg.estateId), id: done.id, version: verified.version }, 'forbidden-transition')).toContain('已核验销号');
  });

  it('lists unfinished items overdue first, filtered by estate, responsible party and source, and derives 逾期 from today in China', async () => {
    const late = await ok(t.app, clerk, 'actions:create', inspectionItem(reg.estateId, { dueOn: '2026-11-24', problem: '逾期一天' }));
    await ok(t.app, clerk, 'actions:create', inspectionItem(reg.estateId, { dueOn: '2026-11-25', problem: '今天到期' }));
    await ok(t.app, clerk, 'actions:create', inspectionItem(reg.otherEstateId, { dueOn: '2026-11-01', problem: '另一小区', responsibleKind: 'department', responsibleName: '市场监管所' }));
    const dispute = await ok(t.app, clerk, 'disputes:create', intake(reg.estateId));
    const fromCase = await ok(t.app, clerk, 'actions:create', { ...inspectionItem(reg.estateId, { dueOn: '2026-12-20', problem: '来自案件' }), sourceKind: 'dispute', sourceDisputeId: dispute.id, sourceNote: null, estateId: null });
    expect(fromCase).toMatchObject({ estateId: reg.estateId, disputeCaseNo: dispute.caseNo });

    const all = await ok(t.app, clerk, 'actions:list', { offset: 0, limit: 50 });
    expect(all.today).toBe('2026-11-25');
    expect(all.rows.map((r) => [r.problem, r.overdue, r.daysOverdue])).toEqual([
      ['另一小区', true, 24],
      ['逾期一天', true, 1],
      ['今天到期', false, 0],
      ['来自案件', false, 0],
    ]);
    const estate = await ok(t.app, clerk, 'actions:list', { estateId: reg.estateId, offset: 0, limit: 2 });
    expect([estate.total, estate.rows.map((r) => r.problem)]).toEqual([3, ['逾期一天', '今天到期']]);
    expect((await ok(t.app, clerk, 'actions:list', { responsibleKind: 'department', offset: 0, limit: 50 })).rows.map((r) => r.problem)).toEqual(['另一小区']);
    expect((await ok(t.app, clerk, 'actions:list', { source: 'dispute', offset: 0, limit: 50 })).rows.map((r) => r.id)).toEqual([fromCase.id]);
    expect((await ok(t.app, clerk, 'actions:list', { disputeId: dispute.id, offset: 0, limit: 50 })).total).toBe(1);
    expect((await ok(t.app, clerk, 'actions:list', { overdueOnly: true, estateId: reg.estateId, offset: 0, limit: 50 })).rows.map((r) => r.id)).toEqual([late.id]);

    // A finished item leaves 未完成 and is never overdue, whatever its due date.
    const done = await ok(t.app, clerk, 'actions:complete', { id: late.id, version: late.version, rectifiedOn: '2026-11-25', completionEvidence: '已整改' });
    expect(done.overdue).toBe(false);
    expect((await ok(t.app, clerk, 'actions:list', { estateId: reg.estateId, offset: 0, limit: 50 })).total).toBe(2);
    const awaiting = await ok(t.app, clerk, 'actions:list', { state: 'awaiting-verification', offset: 0, limit: 50 });
    expect(awaiting.rows.map((r) => r.id)).toEqual([late.id]);
    const everything = await ok(t.app, clerk, 'actions:list', { state: 'all', offset: 0, limit: 50 });
    expect(everything.rows.map((r) => r.problem)).toEqual(['另一小区', '今天到期', '来自案件', '逾期一天']);
  });

  it('refuses an item without a responsible party or a due date, naming the field in Chinese, and writes nothing', async () => {
    const { responsibleName: _n, ...noName } = inspectionItem(reg.estateId);
    expect(await refused(clerk, 'actions:create', noName, 'invalid-input', 'responsibleName')).toBe('「责任单位或责任人」请填写责任单位或责任人（或从登记信息中选择）');
    expect(await refused(clerk, 'actions:create', inspectionItem(reg.estateId, { responsibleName: '   ' }), 'invalid-input', 'responsibleName')).toContain('「责任单位或责任人」');
    const { responsibleKind: _k, ...noKind } = inspectionItem(reg.estateId);
    expect(await refused(clerk, 'actions:create', noKind, 'invalid-input', 'responsibleKind')).toBe('「责任主体类型」请选择责任主体类型');
    const { dueOn: _d, ...noDue } = inspectionItem(reg.estateId);
    expect(await refused(clerk, 'actions:create', noDue, 'invalid-input', 'dueOn')).toBe('「整改期限」不能为空，请填写日期');
    expect(await refused(clerk, 'actions:create', inspectionItem(reg.estateId, { dueOn: '2026-02-30' }), 'invalid-input', 'dueOn')).toBe('「整改期限」不是有效的日期');
    expect(await refused(clerk, 'actions:create', inspectionItem(reg.estateId, { sourceNote: null }), 'invalid-input', 'sourceNote')).toContain('「来源说明」');
    expect(await refused(clerk, 'actions:create', inspectionItem(reg.estateId, { sourceKind: 'dispute', sourceDisputeId: null }), 'invalid-input', 'sourceDisputeId')).toContain('「来源纠纷案件」');
    expect(await refused(clerk, 'actions:create', inspectionItem(reg.estateId, { sourceKind: 'meeting' }), 'invalid-input', 'sourceMeetingId')).toContain('「来源会议」');
    expect(await refused(clerk, 'actions:create', inspectionItem(reg.estateId, { responsibleKind: 'person', responsibleRefId: reg.companyId }), 'invalid-input', 'responsibleRefId')).toContain('不存在');
  });

  it('fills the responsible name from the registry record picked, and refuses steps out of order or with impossible dates', async () => {
    const item = await ok(t.app, clerk, 'actions:create', inspectionItem(reg.estateId, { responsibleKind: 'person', responsibleName: null, responsibleRefId: reg.mediatorId }));
    expect(item.responsibleName).toBe('陈秀英');
    await refused(clerk, 'actions:verify', { id: item.id, version: item.version, verifiedOn: '2026-11-25' }, 'forbidden-transition');
    await refused(clerk, 'actions:reopen', { id: item.id, version: item.version, reopenReason: '不合格' }, 'forbidden-transition');
    expect(await refused(clerk, 'actions:complete', { id: item.id, version: item.version, rectifiedOn: '2026-11-26', completionEvidence: '已整改' }, 'invalid-input', 'rectifiedOn')).toBe('「整改完成日期」不能晚于今天');
    expect(await refused(clerk, 'actions:complete', { id: item.id, version: item.version, rectifiedOn: '2026-11-24', completionEvidence: '已整改' }, 'invalid-input', 'rectifiedOn')).toContain('不能早于登记日期（2026-11-25）');
    expect(await refused(clerk, 'actions:complete', { id: item.id, version: item.version, rectifiedOn: '2026-11-25', completionEvidence: '' }, 'invalid-input', 'completionEvidence')).toContain('「完成情况及佐证」');
    const done = await ok(t.app, clerk, 'actions:complete', { id: item.id, version: item.version, rectifiedOn: '2026-11-25', completionEvidence: '已整改' });
    // A stale save is a conflict, not a silent overwrite.
    await refused(t.admin, 'actions:verify', { id: item.id, version: item.version, verifiedOn: '2026-11-25' }, 'conflict');
    const back = await ok(t.app, t.admin, 'actions:reopen', { id: done.id, version: done.version, reopenReason: '现场复查仍有杂物' });
    expect(back).toMatchObject({ status: 'in-progress', completedBy: null, evidence: null, verificationNote: '退回整改：现场复查仍有杂物' });
  });

  it('exports the filtered list as .xlsx, overdue first, and logs the export', async () => {
    await ok(t.app, clerk, 'actions:create', inspectionItem(reg.estateId, { dueOn: '2026-12-24', problem: '后到期' }));
    await ok(t.app, clerk, 'actions:create', inspectionItem(reg.estateId, { dueOn: '2026-11-20', problem: '已逾期' }));
    await ok(t.app, clerk, 'actions:create', inspectionItem(reg.otherEstateId, { problem: '别的小区' }));
    const before = changeCount(t.app);
    const out = await ok(t.app, clerk, 'actions:export', { estateId: reg.estateId });
    expect(out.rows).toBe(2);
    expect(out.fileName).toMatch(/^整改清单-\d{8}-\d{6}\.xlsx$/);
    expect(changeCount(t.app)).toBe(before + 1);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out.file);
    const sheet = wb.getWorksheet('整改清单')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('状态');
    expect([sheet.getRow(2).getCell(4).value, sheet.getRow(2).getCell(2).value]).toEqual(['已逾期', 5]);
    expect(sheet.getRow(3).getCell(4).value).toBe('后到期');
    expect(sheet.rowCount).toBe(3);
    const about = wb.getWorksheet('说明')!;
    expect(about.getColumn(2).values).toContain('锦湖紫竹苑');
  });
});
