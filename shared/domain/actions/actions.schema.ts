import { z } from 'zod';
import { requiredText } from '../registry/registry.schema';

/**
 * 整改清单: one loop for the problems meetings, inspections and disputes find
 * (问题清单 → 责任清单 → 整改清单). Where an item came from, who must put it
 * right, and how far it has got.
 */
export const ACTION_SOURCES = ['meeting', 'inspection', 'dispute', 'other'] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];
export const ACTION_SOURCE_LABELS: Record<ActionSource, string> = { meeting: '会议决议', inspection: '检查发现', dispute: '纠纷案件', other: '其他' };

/** Who must put it right. A registry id may name the company, community, committee or member of staff. */
export const RESPONSIBLE_KINDS = ['department', 'company', 'committee', 'community', 'person'] as const;
export type ResponsibleKind = (typeof RESPONSIBLE_KINDS)[number];
export const RESPONSIBLE_KIND_LABELS: Record<ResponsibleKind, string> = {
  department: '职能部门',
  company: '物业服务企业',
  committee: '业委会',
  community: '社区',
  person: '责任人',
};

/**
 * The stored states. 逾期 is not one of them: it is derived from the due date and
 * today's date in China (see `isOverdue`), so it never needs a write to appear.
 */
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'verified'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = { open: '待整改', 'in-progress': '整改中', done: '已完成待核验', verified: '已核验销号' };

/** The states in which the work is still owed (and so can fall overdue). */
export const UNFINISHED: readonly ActionStatus[] = ['open', 'in-progress'];

/** The list's status filter: 未完成 (default), 待核验, 已销号, or everything. */
export const ACTION_LIST_STATES = ['unfinished', 'awaiting-verification', 'verified', 'all'] as const;
export type ActionListState = (typeof ACTION_LIST_STATES)[number];
export const ACTION_LIST_STATE_LABELS: Record<ActionListState, string> = {
  unfinished: '未完成',
  'awaiting-verification': '待核验',
  verified: '已核验销号',
  all: '全部',
};
export const statusesOfListState = (s: ActionListState): readonly ActionStatus[] =>
  s === 'unfinished' ? UNFINISHED : s === 'awaiting-verification' ? ['done'] : s === 'verified' ? ['verified'] : ACTION_STATUSES;

const oneOf = (labels: Record<string, string>) => `只能是${Object.values(labels).join('、')}之一`;
export const actionSource = z.enum(ACTION_SOURCES, oneOf(ACTION_SOURCE_LABELS));
export const responsibleKind = z.enum(RESPONSIBLE_KINDS, { error: (i) => (i.input === undefined || i.input === '' ? '请选择责任主体类型' : oneOf(RESPONSIBLE_KIND_LABELS)) });
export const actionListState = z.enum(ACTION_LIST_STATES, oneOf(ACTION_LIST_STATE_LABELS));

/** A date in China (YYYY-MM-DD); a missing one says to fill it in rather than naming a type. */
export const actionDate = z
  .string({ error: '不能为空，请填写日期' })
  .trim()
  .min(1, '不能为空，请填写日期')
  .regex(/^\d{4}-\d{2}-\d{2}$/, '应为日期，如 2026-11-25')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, '不是有效的日期');

/** Required text that, when left out altogether, says so in Chinese. */
export const mustText = (max: number) => z.string({ error: '不能为空' }).pipe(requiredText(max));
