import { composition } from '#shared/domain/committees/committee-rules';
import type { CandidateView, ElectionDetail } from '#shared/domain/committees/committee-views';
import { availableElectionActions, publicationDaysLeft, type ElectionState } from '#shared/domain/committees/election-actions';
import { checkVettingDecision, reviewState, type CheckResult, type Opinion } from '#shared/domain/committees/vetting';
import { maskIdNumber, maskPhone } from '#shared/domain/disputes/masking';
import type { Db, Tx } from '../db/schema';
import { notFound } from '../errors';
import type { ActiveCommitteeRules } from './committee-rules.service';
import { estateFacts } from './committees.repository';
import { candidatesOf, checksOfElection, findElection, objectionsOf, opinionsOfElection, type CandidateRecord, type ElectionRecord, type ObjectionRecord } from './elections.repository';
import type { FieldCodec } from '../fieldcrypt/field-codec';

/** The counts the election's step guard needs. */
export function electionState(e: ElectionRecord, candidates: readonly CandidateRecord[], objections: readonly ObjectionRecord[]): ElectionState {
  return {
    status: e.status,
    undecided: candidates.filter((c) => c.decision === null).length,
    passed: candidates.filter((c) => c.decision === 'passed').length,
    publishedUntil: e.published_until,
    openObjections: objections.filter((o) => o.resolution === null).length,
  };
}

/** Per candidate: item key → result, department → opinion. */
export async function vettingOf(db: Db | Tx, electionId: string) {
  const [checks, opinions] = await Promise.all([checksOfElection(db, electionId), opinionsOfElection(db, electionId)]);
  const checksBy = new Map<string, typeof checks>();
  for (const k of checks) checksBy.set(k.candidate_id, [...(checksBy.get(k.candidate_id) ?? []), k]);
  const opinionsBy = new Map<string, typeof opinions>();
  for (const o of opinions) opinionsBy.set(o.candidate_id, [...(opinionsBy.get(o.candidate_id) ?? []), o]);
  return {
    checks: (candidateId: string) => checksBy.get(candidateId) ?? [],
    opinions: (candidateId: string) => opinionsBy.get(candidateId) ?? [],
    vetting: (candidateId: string, override: string | null) => ({
      checks: new Map<string, CheckResult>((checksBy.get(candidateId) ?? []).map((k) => [k.item_key, k.result])),
      opinions: new Map<string, Opinion>((opinionsBy.get(candidateId) ?? []).map((o) => [o.department, o.opinion])),
      override,
    }),
  };
}

/** The election workspace as the page shows it. */
export async function readElectionDetail(db: Db | Tx, id: string, rules: ActiveCommitteeRules, today: string, fields: FieldCodec): Promise<ElectionDetail> {
  const e = await findElection(db, id);
  if (!e) throw notFound('选举');
  const [estate, candidates, objections, v] = await Promise.all([
    estateFacts(db, e.estate_id), candidatesOf(db, id).then((rows) => fields.openAll('election_candidates', rows)), objectionsOf(db, id), vettingOf(db, id),
  ]);
  const views: CandidateView[] = candidates.map((c) => {
    const vetting = v.vetting(c.id, c.override);
    // What still stands in the way of 通过, ignoring a missing override (the form asks for it).
    const blocked = checkVettingDecision('passed', { ...vetting, override: vetting.override ?? '' }, rules.checklist, rules.departments);
    return {
      id: c.id,
      version: c.version,
      name: c.name,
      nomination: c.nomination,
      partyMember: c.party_member === 1,
      phoneMasked: c.phone === null ? null : maskPhone(c.phone),
      idNumberMasked: maskIdNumber(c.id_number),
      checks: v.checks(c.id).map((k) => ({ itemKey: k.item_key, result: k.result, checkedBy: k.checked_by, checkedOn: k.checked_on, evidence: k.evidence })),
      opinions: v.opinions(c.id).map((o) => ({ department: o.department, opinion: o.opinion, note: o.note, givenOn: o.given_on })),
      outstanding: reviewState(rules.departments, vetting.opinions).outstanding,
      decision: c.decision,
      decisionReason: c.decision_reason,
      decidedBy: c.decided_by,
      override: c.override,
      votes: c.votes,
      elected: c.elected === 1,
      passBlockedBy: blocked.ok ? null : blocked.message,
    };
  });
  const anyDecided = candidates.some((c) => c.decision !== null);
  const counted = anyDecided ? candidates.filter((c) => c.decision === 'passed') : candidates;
  return {
    id: e.id,
    version: e.version,
    createdAt: e.created_at,
    updatedAt: e.updated_at,
    estateId: e.estate_id,
    estateName: estate?.name ?? '（已删除的小区）',
    households: estate?.households ?? 0,
    committeeId: e.committee_id,
    kind: e.kind,
    status: e.status,
    publicationPlace: e.publication_place,
    publishedFrom: e.published_from,
    publishedUntil: e.published_until,
    daysLeft: publicationDaysLeft(e.published_until, today),
    assemblyOn: e.assembly_on,
    newCommitteeId: e.new_committee_id,
    checklist: rules.checklist,
    departments: rules.departments,
    candidates: views,
    objections: objections.map((o) => ({ id: o.id, version: o.version, candidateId: o.candidate_id, receivedOn: o.received_on, content: o.content, resolution: o.resolution })),
    composition: composition(counted.map((c) => ({ partyMember: c.party_member === 1 })), rules.composition),
    actions: availableElectionActions(electionState(e, candidates, objections), today),
  };
}
