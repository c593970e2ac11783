import { z } from 'zod';

/**
 * The meetings domain's enumerations and their zh-CN labels. Kinds themselves are
 * data (meeting-kinds.ts); these are the fixed vocabularies the kinds and records use.
 */
const oneOf = (labels: Record<string, string>) => `只能是${Object.values(labels).join('、')}之一`;

/** Which level a kind's meetings belong to: one estate, one community, or the whole street. */
export const MEETING_SCOPES = ['estate', 'community', 'street'] as const;
export type MeetingScope = (typeof MEETING_SCOPES)[number];
export const SCOPE_LABELS: Record<MeetingScope, string> = { estate: '小区', community: '社区', street: '街道' };

/** How often a kind is expected to be held (periods are weeks, months and quarters in China). */
export const CADENCES = ['weekly', 'monthly', 'quarterly', 'none'] as const;
export type Cadence = (typeof CADENCES)[number];
export const CADENCE_LABELS: Record<Cadence, string> = { weekly: '每周', monthly: '每月', quarterly: '每季度', none: '不定期' };

/**
 * How a vote passes. `majority-present`: more than half of those present vote for;
 * `two-thirds-present`: at least two thirds of those present; `majority-cast`: more
 * for than against among the votes cast; `none`: the kind does not vote (协商一致).
 */
export const VOTE_RULES = ['majority-present', 'two-thirds-present', 'majority-cast', 'none'] as const;
export type VoteRule = (typeof VOTE_RULES)[number];
export const VOTE_RULE_LABELS: Record<VoteRule, string> = {
  'majority-present': '出席人员过半数同意',
  'two-thirds-present': '出席人员三分之二以上同意',
  'majority-cast': '同意票多于反对票',
  none: '协商一致，不表决',
};

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = { planned: '已安排', held: '已召开', cancelled: '已取消' };

export const MINUTES_STATUSES = ['draft', 'submitted', 'approved', 'locked'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];
export const MINUTES_STATUS_LABELS: Record<MinutesStatus, string> = { draft: '草稿', submitted: '已提交', approved: '已审定', locked: '已锁定' };

export const ATTENDANCES = ['present', 'absent', 'apologies'] as const;
export type Attendance = (typeof ATTENDANCES)[number];
export const ATTENDANCE_LABELS: Record<Attendance, string> = { present: '出席', absent: '缺席', apologies: '请假' };

/** A resolution's outcome: passed or rejected by vote, or agreed without one. */
export const OUTCOMES = ['passed', 'rejected', 'agreed'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = { passed: '通过', rejected: '未通过', agreed: '协商一致' };

export const TOPIC_SOURCES = ['resident-request', 'committee', 'company', 'dispute', 'inspection', 'other'] as const;
export type TopicSource = (typeof TOPIC_SOURCES)[number];
export const TOPIC_SOURCE_LABELS: Record<TopicSource, string> = {
  'resident-request': '居民诉求',
  committee: '业委会提出',
  company: '物业企业提出',
  dispute: '纠纷案件',
  inspection: '检查发现',
  other: '其他',
};

export const MATTER_KINDS = ['public-revenue', 'fee-adjustment', 'facility-renovation', 'parking', 'environment', 'other'] as const;
export type MatterKind = (typeof MATTER_KINDS)[number];
export const MATTER_KIND_LABELS: Record<MatterKind, string> = {
  'public-revenue': '公共收益使用',
  'fee-adjustment': '物业费调整',
  'facility-renovation': '公共设施设备改造',
  parking: '停车管理',
  environment: '环境整治',
  other: '其他',
};

export const TOPIC_STATUSES = ['collected', 'scheduled', 'resolved', 'completed'] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];
export const TOPIC_STATUS_LABELS: Record<TopicStatus, string> = { collected: '已征集', scheduled: '已列入议程', resolved: '已形成决议', completed: '已落实' };

export const meetingScope = z.enum(MEETING_SCOPES, oneOf(SCOPE_LABELS));
export const cadence = z.enum(CADENCES, oneOf(CADENCE_LABELS));
export const voteRule = z.enum(VOTE_RULES, oneOf(VOTE_RULE_LABELS));
export const meetingStatus = z.enum(MEETING_STATUSES, oneOf(MEETING_STATUS_LABELS));
export const minutesStatus = z.enum(MINUTES_STATUSES, oneOf(MINUTES_STATUS_LABELS));
export const attendance = z.enum(ATTENDANCES, oneOf(ATTENDANCE_LABELS));
export const topicSource = z.enum(TOPIC_SOURCES, oneOf(TOPIC_SOURCE_LABELS));
export const matterKind = z.enum(MATTER_KINDS, oneOf(MATTER_KIND_LABELS));
export const topicStatus = z.enum(TOPIC_STATUSES, oneOf(TOPIC_STATUS_LABELS));

/** A kind's key: lower-case letters, digits and dashes (kept forever; meetings refer to it). */
export const kindKey = z.string().trim().regex(/^[a-z][a-z0-9-]{1,39}$/, '应为 2–40 位小写字母、数字或连字符');
/** A side's key within a kind (owners-committee, company …). */
export const sideKey = z.string().trim().regex(/^[a-z][a-z0-9-]{1,39}$/, '应为 2–40 位小写字母、数字或连字符');
