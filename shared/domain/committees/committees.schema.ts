import { z } from 'zod';
import { idNumberProblem } from '../disputes/id-number';
import { SENSITIVE } from '../disputes/disputes.schema';
import { phone, requiredText } from '../registry/registry.schema';

/** 业主委员会, or 物业管理委员会 where none has been elected yet (it stands in and must be replaced). */
export const COMMITTEE_KINDS = ['owners-committee', 'interim-committee'] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];
export const COMMITTEE_KIND_LABELS: Record<CommitteeKind, string> = { 'owners-committee': '业主委员会', 'interim-committee': '物业管理委员会' };

/** A term's status; every status but 已解散 is the estate's current committee (at most one). */
export const COMMITTEE_STATUSES = ['preparing', 'sitting', 're-electing', 'dissolved'] as const;
export type CommitteeStatus = (typeof COMMITTEE_STATUSES)[number];
export const COMMITTEE_STATUS_LABELS: Record<CommitteeStatus, string> = { preparing: '筹备中', sitting: '在任', 're-electing': '换届中', dissolved: '已解散' };
/** Statuses in which a committee is the estate's current one (the one-per-estate rule and the one-seat rule count these). */
export const CURRENT_STATUSES: readonly CommitteeStatus[] = ['preparing', 'sitting', 're-electing'];

/** The committees list's server-side orders (names by pinyin); each ascending or descending. */
export const COMMITTEE_SORTS = ['estate', 'community', 'term-end', 'party-share', 'members', 'last-score'] as const;
export type CommitteeSort = (typeof COMMITTEE_SORTS)[number];

export const MEMBER_POSITIONS = ['chair', 'vice-chair', 'member'] as const;
export type MemberPosition = (typeof MEMBER_POSITIONS)[number];
export const POSITION_LABELS: Record<MemberPosition, string> = { chair: '主任', 'vice-chair': '副主任', member: '委员' };

export const CEASE_REASONS = ['term-ended', 'resigned', 'persuaded-to-withdraw', 'removed', 'other'] as const;
export type CeaseReason = (typeof CEASE_REASONS)[number];
export const CEASE_REASON_LABELS: Record<CeaseReason, string> = {
  'term-ended': '任期届满',
  resigned: '辞职',
  'persuaded-to-withdraw': '劝退',
  removed: '罢免',
  other: '其他',
};

/** What the street recorded against a committee: a corrected decision (纠错) or an order to re-elect (改选). */
export const CORRECTION_KINDS = ['correction', 're-election'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];
export const CORRECTION_KIND_LABELS: Record<CorrectionKind, string> = { correction: '纠错', 're-election': '责令改选' };

const oneOf = (labels: Record<string, string>) => `只能是${Object.values(labels).join('、')}之一`;
export const committeeKind = z.enum(COMMITTEE_KINDS, oneOf(COMMITTEE_KIND_LABELS));
export const committeeStatus = z.enum(COMMITTEE_STATUSES, oneOf(COMMITTEE_STATUS_LABELS));
export const memberPosition = z.enum(MEMBER_POSITIONS, oneOf(POSITION_LABELS));
export const ceaseReason = z.enum(CEASE_REASONS, oneOf(CEASE_REASON_LABELS));

/** A calendar date in China, YYYY-MM-DD (terms, designations and filings are dates, not instants). */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '应为日期，如 2026-11-25')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, '不是有效的日期');

/** A member's or candidate's resident ID: required (the one-seat rule and "nominated twice" are decided by it), GB 11643-1999. */
export const personIdNumber = z
  .string()
  .trim()
  .min(1, '不能为空')
  .max(30, '应为 18 位')
  .transform((v) => v.toUpperCase())
  .superRefine((v, ctx) => {
    const problem = idNumberProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta(SENSITIVE);

export const personPhone = phone.meta(SENSITIVE);
export const personName = requiredText(30);
