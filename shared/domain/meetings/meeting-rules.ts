import type { Attendance, MeetingScope, MeetingStatus } from './meetings.schema';
import { SCOPE_LABELS } from './meetings.schema';
import type { MeetingKind } from './meeting-kinds';
import { memberSideProblems } from './committee-side';

/**
 * The checks on a meeting record that zod cannot make alone (they need the kind,
 * the clock or the other rows). Each returns field problems with the input's path,
 * so the service refuses with the field named and the form marks the same field.
 */
export type FieldProblem = { path: (string | number)[]; message: string };

export type MeetingFacts = { scope: MeetingScope; estateId: string | null; communityId: string | null; status: MeetingStatus; startsAt: string; endsAt: string };

export function meetingProblems(m: MeetingFacts, kind: MeetingKind, now: Date): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (m.scope !== kind.scope) out.push({ path: ['scope'], message: `${kind.name}的范围是${SCOPE_LABELS[kind.scope]}` });
  if (m.scope === 'estate' && !m.estateId) out.push({ path: ['estateId'], message: '小区范围的会议须选择小区' });
  if (m.scope === 'community' && !m.communityId) out.push({ path: ['communityId'], message: '社区范围的会议须选择社区' });
  if (Date.parse(m.endsAt) <= Date.parse(m.startsAt)) out.push({ path: ['endsAt'], message: '不能早于或等于开始时间' });
  if (m.status === 'held' && Date.parse(m.startsAt) > now.getTime()) {
    out.push({ path: ['startsAt'], message: '晚于当前时间：尚未开始的会议不能登记为已召开，请选择“已安排”' });
  }
  return out;
}

export type AttendeeFacts = { name: string; side: string; invited: boolean; attendance: Attendance | null; uninvitedReason: string | null };

/** Attendance is taken only at a held meeting; an uninvited person is present with the reason, or not listed at all. */
export function attendeeProblems(list: readonly AttendeeFacts[], kind: MeetingKind, held: boolean): FieldProblem[] {
  const out: FieldProblem[] = [];
  const sides = new Set(kind.sides.map((s) => s.code));
  list.forEach((a, i) => {
    if (!sides.has(a.side)) out.push({ path: ['attendees', i, 'side'], message: `不是${kind.name}的参会方` });
    if (!held && a.attendance !== null) out.push({ path: ['attendees', i, 'attendance'], message: '会议尚未召开，不能点名签到' });
    if (!a.invited) {
      if (a.attendance !== 'present') out.push({ path: ['attendees', i, 'attendance'], message: '未受邀的人员只能登记为出席' });
      if (!a.uninvitedReason) out.push({ path: ['attendees', i, 'uninvitedReason'], message: `${a.name}未受邀而出席，须说明原因` });
    } else if (a.uninvitedReason) {
      out.push({ path: ['attendees', i, 'uninvitedReason'], message: '受邀人员不必填写未受邀出席的原因' });
    }
  });
  return out;
}

export const presentCount = (list: readonly { attendance: Attendance | null }[]): number => list.filter((a) => a.attendance === 'present').length;

/**
 * The attendees a change of kind would leave on a side the new kind does not have (or, for
 * a committee member, off its committee side): their names, for the refusal. The kind is
 * changed on its own form, which does not carry the attendee list, so the list's own
 * side checks are read here for the stored attendees.
 */
export function attendeesOffSides(list: readonly (AttendeeFacts & { committeeMemberId: string | null })[], kind: MeetingKind): string[] {
  const problems = [...attendeeProblems(list, kind, true), ...memberSideProblems(list, kind.sides)];
  const off = new Set(problems.filter((p) => p.path[2] === 'side').map((p) => p.path[1] as number));
  return [...off].sort((a, b) => a - b).map((i) => list[i]!.name);
}
