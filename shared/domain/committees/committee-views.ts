import { z } from 'zod';
import { recordMeta } from '../registry/registry.schema';
import { COMMITTEE_ACTIONS } from './committee-actions';
import { ceaseReason, committeeKind, committeeStatus, CORRECTION_KINDS, memberPosition } from './committees.schema';
import { ELECTION_ACTIONS, ELECTION_KINDS, ELECTION_STATUSES, NOMINATIONS } from './election-actions';
import { VERDICTS } from './evaluation-rules';
import { ASSEMBLY_DECISIONS, WITHDRAWAL_STEPS } from './withdrawal';
import { CHECK_RESULTS, checklistItem, OPINIONS, VETTING_DECISIONS } from './vetting';

/** The party-member share against the two thresholds (see `composition`). */
export const compositionView = z.object({
  total: z.number(),
  partyMembers: z.number(),
  percent: z.number().nullable(),
  shortOfRequired: z.number(),
  shortOfTarget: z.number(),
});

export const COMMITTEE_FLAGS = ['party-short', 'interim', 'term-expired', 're-electing'] as const;
export type CommitteeFlag = (typeof COMMITTEE_FLAGS)[number];
export const COMMITTEE_FLAG_LABELS: Record<CommitteeFlag, string> = {
  'party-short': '党员占比不足',
  interim: '物管会待替换',
  'term-expired': '任期已满',
  're-electing': '换届中',
};

/** One committee in the office's list. */
export const committeeRow = z.object({
  id: z.string(),
  version: z.number(),
  estateId: z.string(),
  estateName: z.string(),
  communityName: z.string(),
  kind: committeeKind,
  termNo: z.number(),
  termStart: z.string(),
  termEnd: z.string(),
  status: committeeStatus,
  members: z.number(),
  composition: compositionView,
  /** The latest 履职评议 total, if evaluated. */
  lastScore: z.number().nullable(),
  flags: z.array(z.enum(COMMITTEE_FLAGS)),
});
export type CommitteeRow = z.infer<typeof committeeRow>;

/** A member as read back: phone and ID number masked unless revealed through committees:reveal. */
export const memberView = z.object({
  id: z.string(),
  version: z.number(),
  committeeId: z.string(),
  name: z.string(),
  position: memberPosition,
  partyMember: z.boolean(),
  crossServing: z.boolean(),
  phoneMasked: z.string().nullable(),
  idNumberMasked: z.string(),
  designatedOn: z.string(),
  ceasedOn: z.string().nullable(),
  ceaseReason: ceaseReason.nullable(),
  ceaseNote: z.string().nullable(),
});
export type MemberView = z.infer<typeof memberView>;

export const correctionView = z.object({
  id: z.string(),
  kind: z.enum(CORRECTION_KINDS),
  decision: z.string(),
  decidedOn: z.string(),
  correction: z.string(),
  correctedOn: z.string(),
});

export const termView = z.object({ id: z.string(), kind: committeeKind, termNo: z.number(), termStart: z.string(), termEnd: z.string(), endedOn: z.string().nullable(), status: committeeStatus });

/** One 履职评议 with its rank among the office's committees that half year. */
export const evaluationView = z.object({
  id: z.string(),
  committeeId: z.string(),
  estateName: z.string(),
  termNo: z.number(),
  half: z.string(),
  evaluatedOn: z.string(),
  evaluators: z.array(z.string()),
  scores: z.array(z.object({ itemKey: z.string(), points: z.number() })),
  total: z.number(),
  rank: z.number(),
  of: z.number(),
  verdict: z.enum(VERDICTS),
  rectificationDue: z.string().nullable(),
});
export type EvaluationView = z.infer<typeof evaluationView>;

/** One 劝退程序 as the committee page tracks it. */
export const withdrawalView = z.object({
  id: z.string(),
  version: z.number(),
  memberId: z.string(),
  memberName: z.string(),
  step: z.enum(WITHDRAWAL_STEPS),
  proposedOn: z.string(),
  grounds: z.string(),
  talkOn: z.string().nullable(),
  talkNote: z.string().nullable(),
  assemblyOn: z.string().nullable(),
  decision: z.enum(ASSEMBLY_DECISIONS).nullable(),
});

/** One committee (one term) with its members, the estate's other terms, and what may be done next. */
export const committeeDetail = z.object({
  ...recordMeta,
  estateId: z.string(),
  estateName: z.string(),
  households: z.number(),
  kind: committeeKind,
  termNo: z.number(),
  termStart: z.string(),
  termEnd: z.string(),
  status: committeeStatus,
  filedOn: z.string().nullable(),
  partyBranch: z.string().nullable(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  members: z.array(memberView),
  composition: compositionView,
  terms: z.array(termView),
  corrections: z.array(correctionView),
  evaluations: z.array(evaluationView),
  withdrawals: z.array(withdrawalView),
  flags: z.array(z.enum(COMMITTEE_FLAGS)),
  actions: z.array(z.enum(COMMITTEE_ACTIONS)),
});
export type CommitteeDetail = z.infer<typeof committeeDetail>;

/** The rules as data, as the office uses them now. */
export const committeeRulesView = z.object({
  termYears: z.number(),
  composition: z.object({ requiredPercent: z.number(), targetPercent: z.number() }),
  publicationDays: z.number(),
  checklist: z.array(checklistItem),
  departments: z.array(z.string()),
  scoringSheet: z.array(z.object({ key: z.string(), label: z.string(), max: z.number() })),
  passScore: z.number(),
  rectificationDays: z.number(),
  edited: z.boolean(),
  /** The saved version (0: the defaults, never saved); a save must name the version it was made on. */
  version: z.number(),
  /** Every saved version, newest first: who saved it, when, and what it changed. */
  history: z.array(z.object({ version: z.number(), savedAt: z.string(), savedBy: z.string(), changed: z.array(z.string()) })),
});

export type CommitteeRulesView = z.infer<typeof committeeRulesView>;

export const candidateView = z.object({
  id: z.string(),
  version: z.number(),
  name: z.string(),
  nomination: z.enum(NOMINATIONS),
  partyMember: z.boolean(),
  phoneMasked: z.string().nullable(),
  idNumberMasked: z.string(),
  /** item key → result with who checked it, when, and the evidence. */
  checks: z.array(z.object({ itemKey: z.string(), result: z.enum(CHECK_RESULTS), checkedBy: z.string(), checkedOn: z.string(), evidence: z.string().nullable() })),
  opinions: z.array(z.object({ department: z.string(), opinion: z.enum(OPINIONS), note: z.string().nullable(), givenOn: z.string() })),
  outstanding: z.array(z.string()),
  decision: z.enum(VETTING_DECISIONS).nullable(),
  decisionReason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  override: z.string().nullable(),
  votes: z.number().nullable(),
  elected: z.boolean(),
  /** Whether 通过 is open now, or why not (the same guard the service applies). */
  passBlockedBy: z.string().nullable(),
});
export type CandidateView = z.infer<typeof candidateView>;

export const objectionView = z.object({ id: z.string(), version: z.number(), candidateId: z.string().nullable(), receivedOn: z.string(), content: z.string(), resolution: z.string().nullable() });

export const electionRow = z.object({
  id: z.string(),
  estateId: z.string(),
  estateName: z.string(),
  kind: z.enum(ELECTION_KINDS),
  status: z.enum(ELECTION_STATUSES),
  candidates: z.number(),
  createdAt: z.string(),
});

/** The election workspace: candidates against the checklist, the departments' opinions, publication and result. */
export const electionDetail = z.object({
  ...recordMeta,
  estateId: z.string(),
  estateName: z.string(),
  households: z.number(),
  committeeId: z.string().nullable(),
  kind: z.enum(ELECTION_KINDS),
  status: z.enum(ELECTION_STATUSES),
  publicationPlace: z.string().nullable(),
  publishedFrom: z.string().nullable(),
  publishedUntil: z.string().nullable(),
  daysLeft: z.number().nullable(),
  assemblyOn: z.string().nullable(),
  newCommitteeId: z.string().nullable(),
  checklist: z.array(checklistItem),
  departments: z.array(z.string()),
  candidates: z.array(candidateView),
  objections: z.array(objectionView),
  /** The party share of the candidates passed (or, before any decision, of all nominated). */
  composition: compositionView,
  actions: z.array(z.enum(ELECTION_ACTIONS)),
});
export type ElectionDetail = z.infer<typeof electionDetail>;
