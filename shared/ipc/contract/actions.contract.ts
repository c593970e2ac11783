import { z } from 'zod';
import type { Role } from '../../domain/auth/roles';
import { actionItemDetail, actionItemView } from '../../domain/actions/action-views';
import { actionDate, actionListState, actionSource, mustText, responsibleKind } from '../../domain/actions/actions.schema';
import { entityId, optionalText, version } from '../../domain/registry/registry.schema';
import { procedure } from '../procedure';

/** Every member of staff records and follows up action items; verification is refused to whoever completed the item. */
const STAFF: readonly Role[] = ['administrator', 'director', 'mediator', 'reviewer', 'secretary'];

const target = { id: entityId, version };
const optionalId = entityId.nullish().transform((v) => v ?? null);

/** What an item says: the problem, where it came from, what it concerns, who must act, what and by when. */
const itemFields = {
  problem: mustText(1000),
  sourceKind: actionSource,
  /** For a meeting: the meeting, and the resolution that set the item if there is one. */
  sourceMeetingId: optionalId,
  sourceResolutionId: optionalId,
  /** For a dispute: the case. */
  sourceDisputeId: optionalId,
  /** For an inspection or anything else: which one, in words. */
  sourceNote: optionalText(200),
  estateId: optionalId,
  companyId: optionalId,
  responsibleKind,
  /** The department, company, committee, community or person, by name; may be left empty when a registry record is picked. */
  responsibleName: optionalText(60),
  responsibleRefId: optionalId,
  rectification: mustText(1000),
  dueOn: actionDate,
};

const listFilters = {
  state: actionListState.optional().transform((v) => v ?? 'unfinished'),
  estateId: entityId.optional(),
  /** Items about any estate of one community (the community page). */
  communityId: entityId.optional(),
  companyId: entityId.optional(),
  disputeId: entityId.optional(),
  meetingId: entityId.optional(),
  source: actionSource.optional(),
  responsibleKind: responsibleKind.optional(),
  responsibleRefId: entityId.optional(),
  overdueOnly: z.boolean().optional(),
};

const write = <I extends z.ZodObject>(summary: string, input: I) => procedure({ summary, input, output: actionItemDetail, mutates: true, access: STAFF });

export const actionsContract = {
  /** 整改清单: the office's action items, overdue first, filtered by estate, responsible party and source; paged on the server. */
  'actions:list': procedure({
    summary: '整改清单',
    input: z.strictObject({ ...listFilters, offset: z.int().min(0).max(10_000_000), limit: z.int().min(1).max(500, '每页不能超过 500 条') }),
    output: z.object({ rows: z.array(actionItemView), total: z.number(), today: z.string() }),
    mutates: false,
    access: 'signed-in',
  }),
  /** One item with the steps the signed-in operator may take. */
  'actions:get': procedure({ summary: '查看整改事项', input: z.strictObject({ id: entityId }), output: actionItemDetail, mutates: false, access: 'signed-in' }),
  /** Records an item (待整改); the estate's company is the item's unless another is named. */
  'actions:create': write('登记整改事项', z.strictObject(itemFields)),
  /** Corrects an unfinished item's facts (optimistic: a stale version is `conflict`). */
  'actions:update': write('修改整改事项', z.strictObject({ ...target, ...itemFields })),
  /** 待整改 → 整改中. */
  'actions:start': write('开始整改', z.strictObject({ ...target, startedOn: actionDate })),
  /** → 已完成待核验, with the date and the evidence of completion. */
  'actions:complete': write('登记整改完成', z.strictObject({ ...target, rectifiedOn: actionDate, completionEvidence: mustText(2000) })),
  /** → 已核验销号, by someone other than whoever recorded the completion. */
  'actions:verify': write('核验销号', z.strictObject({ ...target, verifiedOn: actionDate, verificationNote: optionalText(500) })),
  /** 核验不通过: back to 整改中, with the reason. */
  'actions:reopen': write('退回整改', z.strictObject({ ...target, reopenReason: mustText(500) })),
  /**
   * Writes every item matching the list's filters, in the list's order, as .xlsx into
   * `<data dir>/exports/`; the export is written to the change log.
   */
  'actions:export': procedure({
    summary: '导出整改清单（.xlsx，按当前筛选条件）',
    input: z.strictObject(listFilters),
    output: z.object({ file: z.string(), fileName: z.string(), rows: z.number() }),
    mutates: true,
    access: 'signed-in',
  }),
};
