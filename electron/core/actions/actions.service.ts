import { checkActionStep, stepDateProblem, type ActionStep } from '#shared/domain/actions/action-steps';
import type { ActionItemDetail } from '#shared/domain/actions/action-views';
import { ACTION_STATUS_LABELS } from '#shared/domain/actions/actions.schema';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { officeWrite, metaOf, type WriteCtx } from '../office-write';
import { newRecord } from '../db/record-columns';
import { insertRecord, updateRecord } from '../db/record-store';
import type { Tx } from '../db/schema';
import { AppError, fieldError, notFound } from '../errors';
import { findMeeting, resolutionsOf } from '../meetings/meetings.repository';
import type { ServiceDeps } from '../service-deps';
import { toActionDetail, toActionView } from './action-view';
import { actionItemsByIds, listActionItems, type ActionItemRecord } from './actions.queries';
import { companyExists, disputeOf, estateOf, findActionItem, responsibleRecordName } from './actions.repository';

export type ActionsService = ReturnType<typeof createActionsService>;

type ItemInput = ParsedInputOf<'actions:create'>;
const WHAT = '整改事项';

/** The item a step acts on, checked against the shared rule on the stored row. */
async function itemFor(trx: Tx, id: string, step: ActionStep, actor: string): Promise<ActionItemRecord> {
  const item = await findActionItem(trx, id);
  if (!item) throw notFound(WHAT);
  const check = checkActionStep(step, { status: item.status, completedBy: item.completed_by }, actor);
  if (!check.ok) throw check.field ? fieldError([check.field], check.message) : new AppError('forbidden-transition', check.message);
  return item;
}

/**
 * The columns an item's facts become, each reference checked: the source's record,
 * the estate and company, and the responsible party's registry record (whose name
 * fills an empty name). Throws naming the field; nothing is written before.
 */
async function itemColumns(trx: Tx, input: ItemInput) {
  let estateId = input.estateId;
  let companyId = input.companyId;
  const source = { meeting_id: null as string | null, resolution_id: null as string | null, dispute_id: null as string | null };
  if (input.sourceKind === 'meeting') {
    if (!input.sourceMeetingId) throw fieldError(['sourceMeetingId'], '来源为会议决议时须选择会议');
    const meeting = await findMeeting(trx, input.sourceMeetingId);
    if (!meeting) throw fieldError(['sourceMeetingId'], '该会议不存在或已删除，请重新选择');
    if (input.sourceResolutionId && !(await resolutionsOf(trx, meeting.id)).some((r) => r.id === input.sourceResolutionId)) {
      throw fieldError(['sourceResolutionId'], '该决议不是所选会议的决议，请重新选择');
    }
    source.meeting_id = meeting.id;
    source.resolution_id = input.sourceResolutionId;
    estateId ??= meeting.estate_id;
  } else if (input.sourceKind === 'dispute') {
    if (!input.sourceDisputeId) throw fieldError(['sourceDisputeId'], '来源为纠纷案件时须选择案件');
    const d = await disputeOf(trx, input.sourceDisputeId);
    if (!d) throw fieldError(['sourceDisputeId'], '该案件不存在或已删除，请重新选择');
    source.dispute_id = d.id;
    estateId ??= d.estate_id;
    companyId ??= d.company_id;
  } else if (!input.sourceNote) {
    throw fieldError(['sourceNote'], input.sourceKind === 'inspection' ? '请写明是哪一次检查（如：11 月消防安全检查）' : '请写明问题从何而来');
  }
  if (estateId) {
    const e = await estateOf(trx, estateId);
    if (!e) throw fieldError(['estateId'], '该小区不存在或已删除，请重新选择');
    companyId ??= e.company_id;
  }
  if (companyId && !(await companyExists(trx, companyId))) throw fieldError(['companyId'], '该物业服务企业不存在或已删除，请重新选择');
  let name = input.responsibleName;
  if (input.responsibleRefId) {
    if (input.responsibleKind === 'department') throw fieldError(['responsibleRefId'], '职能部门请直接填写名称，不选登记记录');
    const recorded = await responsibleRecordName(trx, input.responsibleKind, input.responsibleRefId);
    if (recorded === undefined) throw fieldError(['responsibleRefId'], '所选责任主体不存在或已删除，请重新选择');
    name ??= recorded;
  }
  if (!name) throw fieldError(['responsibleName'], '请填写责任单位或责任人（或从登记信息中选择）');
  return {
    problem: input.problem, source: input.sourceKind, ...source, source_note: input.sourceNote,
    estate_id: estateId, company_id: companyId,
    responsible_kind: input.responsibleKind, responsible_name: name, responsible_ref_id: input.responsibleRefId,
    rectification: input.rectification, due_on: input.dueOn,
  };
}

/** 整改清单: recording, following up and signing off action items. */
export function createActionsService(deps: ServiceDeps) {
  const { db } = deps;
  const today = () => shanghaiDate(deps.ports.clock.now());

  async function detail(id: string, actor: string, q: typeof db | Tx = db): Promise<ActionItemDetail> {
    const [row] = await actionItemsByIds(q, [id]);
    if (!row || row.deleted_at !== null) throw notFound(WHAT);
    return toActionDetail(row, today(), actor);
  }

  /** One write in one transaction; the answer is the item as the actor now sees it. */
  async function write(actor: string, work: (ctx: WriteCtx) => Promise<string>): Promise<ActionItemDetail> {
    const id = await officeWrite(deps, actor, work);
    return detail(id, actor);
  }

  return {
    detail,

    /** The hook the meetings' minutes print their action items from: every item the meeting set, in due-date order. */
    async ofMeeting(meetingId: string): Promise<{ problem: string; responsible: string; rectification: string; dueOn: string; status: string }[]> {
      const now = today();
      const { rows } = await listActionItems(db, { state: 'all', meetingId }, now, 0, 500);
      return rows
        .map((r) => toActionView(r, now))
        .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
        .map((v) => ({ problem: v.problem, responsible: v.responsibleName, rectification: v.rectification, dueOn: v.dueOn, status: v.overdue ? `${ACTION_STATUS_LABELS[v.status]}（逾期）` : ACTION_STATUS_LABELS[v.status] }));
    },

    async list(input: ParsedInputOf<'actions:list'>) {
      const { offset, limit, ...filter } = input;
      const now = today();
      const { rows, total } = await listActionItems(db, filter, now, offset, limit);
      return { rows: rows.map((r) => toActionView(r, now)), total, today: now };
    },

    create(input: ParsedInputOf<'actions:create'>, actor: string) {
      return write(actor, async (ctx) => {
        const columns = await itemColumns(ctx.trx, input);
        const row = {
          ...newRecord(deps.ports.ids, ctx.officeId, ctx.at), ...columns, status: 'open' as const,
          started_on: null, completed_on: null, completed_by: null, evidence: null, verified_on: null, verified_by: null, verification_note: null,
        };
        await insertRecord(ctx.trx, 'action_items', row, metaOf(ctx, WHAT));
        return row.id;
      });
    },

    update(input: ParsedInputOf<'actions:update'>, actor: string) {
      return write(actor, async (ctx) => {
        const item = await itemFor(ctx.trx, input.id, 'update', actor);
        await updateRecord(ctx.trx, 'action_items', item.id, input.version, await itemColumns(ctx.trx, input), metaOf(ctx, WHAT));
        return item.id;
      });
    },

    start(input: ParsedInputOf<'actions:start'>, actor: string) {
      return write(actor, async (ctx) => {
        const item = await itemFor(ctx.trx, input.id, 'start', actor);
        const problem = stepDateProblem(input.startedOn, ctx.today, { date: shanghaiDate(item.created_at), what: '登记日期' });
        if (problem) throw fieldError(['startedOn'], problem);
        await updateRecord(ctx.trx, 'action_items', item.id, input.version, { status: 'in-progress', started_on: input.startedOn }, metaOf(ctx, WHAT));
        return item.id;
      });
    },

    complete(input: ParsedInputOf<'actions:complete'>, actor: string) {
      return write(actor, async (ctx) => {
        const item = await itemFor(ctx.trx, input.id, 'complete', actor);
        const after = item.started_on ? { date: item.started_on, what: '开始整改日期' } : { date: shanghaiDate(item.created_at), what: '登记日期' };
        const problem = stepDateProblem(input.rectifiedOn, ctx.today, after);
        if (problem) throw fieldError(['rectifiedOn'], problem);
        await updateRecord(ctx.trx, 'action_items', item.id, input.version, {
          status: 'done', completed_on: input.rectifiedOn, completed_by: actor, evidence: input.completionEvidence,
        }, metaOf(ctx, WHAT));
        return item.id;
      });
    },

    verify(input: ParsedInputOf<'actions:verify'>, actor: string) {
      return write(actor, async (ctx) => {
        const item = await itemFor(ctx.trx, input.id, 'verify', actor);
        const problem = stepDateProblem(input.verifiedOn, ctx.today, { date: item.completed_on!, what: '完成日期' });
        if (problem) throw fieldError(['verifiedOn'], problem);
        await updateRecord(ctx.trx, 'action_items', item.id, input.version, {
          status: 'verified', verified_on: input.verifiedOn, verified_by: actor, verification_note: input.verificationNote,
        }, metaOf(ctx, WHAT));
        return item.id;
      });
    },

    reopen(input: ParsedInputOf<'actions:reopen'>, actor: string) {
      return write(actor, async (ctx) => {
        const item = await itemFor(ctx.trx, input.id, 'reopen', actor);
        // The failed completion is kept in the change log; the note says why it went back.
        await updateRecord(ctx.trx, 'action_items', item.id, input.version, {
          status: 'in-progress', started_on: item.started_on ?? item.completed_on, completed_on: null, completed_by: null, evidence: null,
          verification_note: `退回整改：${input.reopenReason}`,
        }, metaOf(ctx, WHAT));
        return item.id;
      });
    },
  };
}
