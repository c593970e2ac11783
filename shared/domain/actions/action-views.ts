import { z } from 'zod';
import { ACTION_SOURCES, ACTION_STATUSES, RESPONSIBLE_KINDS } from './actions.schema';
import { ACTION_STEPS } from './action-steps';

/** One action item as the list and the pages show it; `overdue` and `daysOverdue` are derived at read time. */
export const actionItemView = z.object({
  id: z.string(),
  version: z.number(),
  problem: z.string(),
  source: z.enum(ACTION_SOURCES),
  meetingId: z.string().nullable(),
  resolutionId: z.string().nullable(),
  disputeId: z.string().nullable(),
  disputeCaseNo: z.string().nullable(),
  sourceNote: z.string().nullable(),
  estateId: z.string().nullable(),
  estateName: z.string().nullable(),
  companyId: z.string().nullable(),
  companyName: z.string().nullable(),
  responsibleKind: z.enum(RESPONSIBLE_KINDS),
  responsibleName: z.string(),
  responsibleRefId: z.string().nullable(),
  rectification: z.string(),
  dueOn: z.string(),
  status: z.enum(ACTION_STATUSES),
  overdue: z.boolean(),
  daysOverdue: z.number(),
  startedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  completedBy: z.string().nullable(),
  evidence: z.string().nullable(),
  verifiedOn: z.string().nullable(),
  verifiedBy: z.string().nullable(),
  verificationNote: z.string().nullable(),
  createdAt: z.string(),
});
export type ActionItemView = z.infer<typeof actionItemView>;

/** The item with the steps the signed-in operator may take now. */
export const actionItemDetail = actionItemView.extend({ steps: z.array(z.enum(ACTION_STEPS)) });
export type ActionItemDetail = z.infer<typeof actionItemDetail>;
