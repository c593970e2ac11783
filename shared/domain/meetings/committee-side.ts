import type { FieldProblem } from './meeting-rules';
import type { MeetingScope } from './meetings.schema';

/**
 * Which side of a meeting kind is the owners' committee's (业主委员会方): the side an
 * attendee picked from a committee's members sits on. The published kinds call it
 * `owners-committee`; a kind the director added may name it only by its label, so a
 * side labelled as a committee counts too. The service guards with this rule and the
 * meeting page offers 从业委会成员中添加 by it.
 */
export const COMMITTEE_SIDE_CODE = 'owners-committee';
const COMMITTEE_SIDE_LABELS: ReadonlySet<string> = new Set(['业主委员会', '业委会', '物业管理委员会', '物管会', '业委会（物管会）']);

type Side = { code: string; label: string };

/** The kind's committee side, or null when the kind has none (a 社区物业问题碰头会 invites no committee). */
export function committeeSideOf(sides: readonly Side[]): Side | null {
  return sides.find((s) => s.code === COMMITTEE_SIDE_CODE) ?? sides.find((s) => COMMITTEE_SIDE_LABELS.has(s.label.trim())) ?? null;
}

/** A member as the meeting page reads them from the committee: still serving while `ceasedOn` is null. */
export type CommitteeMemberFacts = { id: string; name: string; ceasedOn: string | null };

/** The serving members not yet on the attendee list (a member already listed is not offered twice). */
export function invitableMembers<M extends CommitteeMemberFacts>(members: readonly M[], attendees: readonly { committeeMemberId: string | null }[]): M[] {
  const listed = new Set(attendees.map((a) => a.committeeMemberId).filter((id): id is string => id !== null));
  return members.filter((m) => m.ceasedOn === null && !listed.has(m.id));
}

/** Where a linked member's committee sits: its estate and that estate's community. */
export type MemberPlace = { estateId: string; communityId: string };
export type MeetingPlace = { scope: MeetingScope; estateId: string | null; communityId: string | null };

/**
 * An attendee linked to a committee member: on the kind's committee side, listed once,
 * and a member of a committee of the meeting's place (the estate, or an estate of the
 * community; a street meeting may invite any estate's committee).
 */
export function memberAttendeeProblems(
  list: readonly { committeeMemberId: string | null }[],
  sides: readonly Side[],
  meeting: MeetingPlace,
  placeOf: (memberId: string) => MemberPlace | undefined,
  kindName: string,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  const side = committeeSideOf(sides);
  const seen = new Set<string>();
  list.forEach((a, i) => {
    const id = a.committeeMemberId;
    if (id === null) return;
    const path = ['attendees', i, 'committeeMemberId'];
    if (!side) out.push({ path, message: `${kindName}没有业主委员会方，不能关联业委会成员` });
    if (seen.has(id)) out.push({ path, message: '该业委会成员已在参会人员名单中' });
    seen.add(id);
    const place = placeOf(id);
    if (!place) return; // the service refuses an unknown member by itself
    if (meeting.scope === 'estate' && place.estateId !== meeting.estateId) out.push({ path, message: '不是本小区业委会的成员' });
    if (meeting.scope === 'community' && place.communityId !== meeting.communityId) out.push({ path, message: '不是本社区内小区业委会的成员' });
  });
  return out;
}

/** The side an attendee linked to a member must sit on, checked apart so the message names the side field. */
export function memberSideProblems(list: readonly { committeeMemberId: string | null; side: string }[], sides: readonly Side[]): FieldProblem[] {
  const side = committeeSideOf(sides);
  if (!side) return [];
  return list.flatMap((a, i) => (a.committeeMemberId !== null && a.side !== side.code ? [{ path: ['attendees', i, 'side'], message: `业委会成员应列在「${side.label}」方` }] : []));
}
