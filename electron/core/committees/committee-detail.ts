import { availableCommitteeActions } from '#shared/domain/committees/committee-actions';
import { composition, type CompositionRule } from '#shared/domain/committees/committee-rules';
import type { CommitteeDetail, CommitteeFlag, CommitteeRow, MemberView } from '#shared/domain/committees/committee-views';
import type { CommitteeKind, CommitteeStatus } from '#shared/domain/committees/committees.schema';
import { maskIdNumber, maskPhone } from '#shared/domain/disputes/masking';
import type { Db, Tx } from '../db/schema';
import { notFound } from '../errors';
import type { FieldCodec } from '../fieldcrypt/field-codec';
import { correctionsOf, estateFacts, findCommittee, membersOf, termsOfEstate, type MemberRecord } from './committees.repository';
import { evaluationViews } from './evaluation-view';
import { evaluationsOf } from './evaluations.repository';
import { proceduresOfCommittee } from './withdrawal.repository';
import type { CommitteeListRow } from './committees.queries';

/** The flags a committee shows in lists, on its page and on the dashboard. */
export function committeeFlags(c: { kind: CommitteeKind; status: CommitteeStatus; term_end: string }, shortOfRequired: number, today: string): CommitteeFlag[] {
  const flags: CommitteeFlag[] = [];
  if (c.status === 'dissolved') return flags;
  if (shortOfRequired > 0) flags.push('party-short');
  if (c.kind === 'interim-committee') flags.push('interim');
  if (c.term_end < today) flags.push('term-expired');
  if (c.status === 're-electing') flags.push('re-electing');
  return flags;
}

/** A member as read back (opened by the field codec): phone and ID number masked. */
export const memberView = (m: MemberRecord): MemberView => ({
  id: m.id,
  version: m.version,
  committeeId: m.committee_id,
  name: m.name,
  position: m.position,
  partyMember: m.party_member === 1,
  crossServing: m.cross_serving === 1,
  phoneMasked: m.phone === null ? null : maskPhone(m.phone),
  idNumberMasked: maskIdNumber(m.id_number),
  designatedOn: m.designated_on,
  ceasedOn: m.ceased_on,
  ceaseReason: m.cease_reason,
  ceaseNote: m.cease_note,
});

/** A list row from its counts. */
export function committeeRow(r: CommitteeListRow, rule: CompositionRule, today: string): CommitteeRow {
  const people = Array.from({ length: r.members }, (_, i) => ({ partyMember: i < r.party_members }));
  const share = composition(people, rule);
  return {
    id: r.id,
    version: r.version,
    estateId: r.estate_id,
    estateName: r.estate_name,
    communityName: r.community_name,
    kind: r.kind,
    termNo: r.term_no,
    termStart: r.term_start,
    termEnd: r.term_end,
    status: r.status,
    members: r.members,
    composition: share,
    lastScore: r.last_score,
    flags: committeeFlags(r, share.shortOfRequired, today),
  };
}

/** Everything the committee page shows; read with the transaction's handle when inside one. */
export async function readCommitteeDetail(db: Db | Tx, id: string, rule: CompositionRule, today: string, fields: FieldCodec): Promise<CommitteeDetail> {
  const c = await findCommittee(db, id);
  if (!c) throw notFound('业委会');
  const [estate, members, terms, corrections, evaluations] = await Promise.all([
    estateFacts(db, c.estate_id), membersOf(db, id).then((rows) => fields.openAll('committee_members', rows)), termsOfEstate(db, c.estate_id), correctionsOf(db, id), evaluationsOf(db, id),
  ]);
  const withdrawals = await proceduresOfCommittee(db, id);
  const serving = members.filter((m) => m.ceased_on === null).map((m) => ({ partyMember: m.party_member === 1 }));
  const share = composition(serving, rule);
  return {
    id: c.id,
    version: c.version,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    estateId: c.estate_id,
    estateName: estate?.name ?? '（已删除的小区）',
    households: estate?.households ?? 0,
    kind: c.kind,
    termNo: c.term_no,
    termStart: c.term_start,
    termEnd: c.term_end,
    status: c.status,
    filedOn: c.filed_on,
    partyBranch: c.party_branch,
    endedOn: c.ended_on,
    endReason: c.end_reason,
    members: members.map(memberView),
    composition: share,
    terms: terms.map((t) => ({ id: t.id, kind: t.kind, termNo: t.term_no, termStart: t.term_start, termEnd: t.term_end, endedOn: t.ended_on, status: t.status })),
    corrections: corrections.map((k) => ({ id: k.id, kind: k.kind, decision: k.decision, decidedOn: k.decided_on, correction: k.correction, correctedOn: k.corrected_on })),
    evaluations: await evaluationViews(db, evaluations),
    withdrawals: withdrawals.map((w) => ({
      id: w.id, version: w.version, memberId: w.member_id, memberName: w.member_name, step: w.step, proposedOn: w.proposed_on, grounds: w.grounds,
      talkOn: w.talk_on, talkNote: w.talk_note, assemblyOn: w.assembly_on, decision: w.decision,
    })),
    flags: committeeFlags(c, share.shortOfRequired, today),
    actions: availableCommitteeActions({ status: c.status }),
  };
}
