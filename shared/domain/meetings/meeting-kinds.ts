import { z } from 'zod';
import { requiredText } from '../registry/registry.schema';
import { cadence, kindKey, meetingScope, sideKey, voteRule, type Cadence, type MeetingScope, type VoteRule } from './meetings.schema';

/**
 * Meeting kinds are data the director edits (`meetings:update-kinds`); these are the
 * defaults from published practice, used until the office saves its own list. A kind's
 * code is kept forever once used (meetings refer to it), so the editor never changes one.
 */
export type MeetingSide = { code: string; label: string; required: boolean };
export type MeetingKind = {
  code: string;
  name: string;
  scope: MeetingScope;
  cadence: Cadence;
  voteRule: VoteRule;
  sides: MeetingSide[];
};

const side = (code: string, label: string, required = true): MeetingSide => ({ code, label, required });

export const DEFAULT_MEETING_KINDS: readonly MeetingKind[] = [
  {
    code: 'four-party',
    name: '四方联席会议',
    scope: 'estate',
    cadence: 'quarterly',
    voteRule: 'majority-present',
    sides: [side('owners-committee', '业主委员会'), side('company', '物业服务企业'), side('party-members', '党员代表'), side('residents', '居民代表')],
  },
  {
    code: 'red-property',
    name: '红色物业联席会议',
    scope: 'community',
    cadence: 'quarterly',
    voteRule: 'majority-present',
    sides: [
      side('street-party', '街道党工委'),
      side('community-party', '社区党组织'),
      side('police', '派出所'),
      side('company', '物业服务企业'),
      side('owners-committee', '业主委员会'),
    ],
  },
  {
    code: 'consultation',
    name: '有事好商量协商会',
    scope: 'community',
    cadence: 'monthly',
    voteRule: 'majority-present',
    sides: [side('community', '社区'), side('residents', '居民代表'), side('company', '物业服务企业', false), side('owners-committee', '业主委员会', false)],
  },
  {
    code: 'community-weekly',
    name: '社区物业问题碰头会',
    scope: 'community',
    cadence: 'weekly',
    voteRule: 'none',
    sides: [side('community', '社区'), side('company', '物业服务企业')],
  },
  {
    code: 'street-monthly',
    name: '街道物业联席会议',
    scope: 'street',
    cadence: 'monthly',
    voteRule: 'majority-present',
    sides: [side('street', '街道办事处'), side('community', '社区'), side('company', '物业服务企业', false)],
  },
  {
    code: 'owners-assembly',
    name: '业主大会',
    scope: 'estate',
    cadence: 'none',
    voteRule: 'majority-present',
    sides: [side('owners-committee', '业主委员会'), side('owners', '业主')],
  },
  { code: 'other', name: '其他会议', scope: 'estate', cadence: 'none', voteRule: 'majority-present', sides: [side('other', '参会人员', false)] },
];

/** The 三级会商 levels the bulletin counts: community weekly, street monthly (the city's quarterly meeting is not the office's). */
export const THREE_LEVEL_KINDS = { community: 'community-weekly', street: 'street-monthly' } as const;

export const meetingSideSchema = z.strictObject({ code: sideKey, label: requiredText(20), required: z.boolean('应为是或否') });
export const meetingKindSchema = z.strictObject({
  code: kindKey,
  name: requiredText(30),
  scope: meetingScope,
  cadence,
  voteRule,
  sides: z.array(meetingSideSchema).min(1, '至少要有一方参会').max(12, '不能超过 12 方'),
});

/** The whole list the editor saves: unique keys and names, each kind's sides unique. */
export const meetingKindsSchema = z
  .array(meetingKindSchema)
  .min(1, '至少要有一种会议')
  .max(30, '不能超过 30 种')
  .superRefine((kinds, ctx) => {
    for (const p of kindListProblems(kinds)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });

export type KindProblem = { path: (string | number)[]; message: string };

/** Cross-row problems zod's per-field checks cannot see; the editor shows them before asking to save. */
export function kindListProblems(kinds: readonly MeetingKind[]): KindProblem[] {
  const problems: KindProblem[] = [];
  const keys = new Set<string>();
  const names = new Set<string>();
  kinds.forEach((k, i) => {
    if (keys.has(k.code)) problems.push({ path: [i, 'code'], message: `与前面的会议类型代码重复（${k.code}）` });
    if (names.has(k.name)) problems.push({ path: [i, 'name'], message: `与前面的会议类型重名（${k.name}）` });
    keys.add(k.code);
    names.add(k.name);
    const sideKeys = new Set<string>();
    k.sides.forEach((s, j) => {
      if (sideKeys.has(s.code)) problems.push({ path: [i, 'sides', j, 'code'], message: `参会方重复（${s.label}）` });
      sideKeys.add(s.code);
    });
  });
  return problems;
}

/** Keys that meetings already use may not disappear from the list (their records would lose their kind). */
export function removedKindsInUse(next: readonly MeetingKind[], used: readonly string[]): string[] {
  const keep = new Set(next.map((k) => k.code));
  return used.filter((k) => !keep.has(k));
}

export const kindByCode = (kinds: readonly MeetingKind[], code: string): MeetingKind | undefined => kinds.find((k) => k.code === code);
