import type { LedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import type { Role } from '#shared/domain/auth/roles';
import { DEFAULT_SCORING_SHEET } from '#shared/domain/committees/evaluation-rules';
import type { InputOf } from '#shared/ipc/contract';
import { validIdNumber } from './dispute-fixtures';
import { ok } from './temp-ledger';

/** Distinct valid resident IDs (born 1960–1979 in Xianning), one per `n`. */
export const personId = (n: number): string => validIdNumber(`4212021${960 + (n % 20)}0101${String(100 + n).padStart(3, '0')}`);

export type CommitteeRegistry = { estateId: string; otherEstateId: string; communityId: string };

/** A community and two estates (900 and 400 households). */
export async function seedEstates(app: LedgerApp, admin: Session): Promise<CommitteeRegistry> {
  const community = await ok(app, admin, 'registry:create-community', { name: '温泉社区' });
  const estate = await ok(app, admin, 'registry:create-estate', { name: '锦湖紫竹苑', address: '温泉路 1 号', communityId: community.id, companyId: null, households: 900 });
  const other = await ok(app, admin, 'registry:create-estate', { name: '翰林名都', address: '金桂路 8 号', communityId: community.id, companyId: null, households: 400 });
  return { estateId: estate.id, otherEstateId: other.id, communityId: community.id };
}

export const sittingCommittee = (estateId: string, overrides: Partial<InputOf<'committees:create'>> = {}): InputOf<'committees:create'> => ({
  estateId,
  kind: 'owners-committee',
  status: 'sitting',
  termNo: 1,
  termStart: '2024-06-01',
  filedOn: '2024-06-20',
  partyBranch: '锦湖紫竹苑小区党支部',
  ...overrides,
});

export const member = (committeeId: string, n: number, overrides: Partial<InputOf<'committees:add-member'>> = {}): InputOf<'committees:add-member'> => ({
  committeeId,
  name: `成员${n}`,
  position: 'member',
  partyMember: false,
  crossServing: false,
  phone: '13871234567',
  idNumber: personId(n),
  designatedOn: '2024-06-01',
  ...overrides,
});

/** A signed-in session of a new operator with `role`. */
export async function sessionAs(app: LedgerApp, admin: Session, role: Role, username: string): Promise<Session> {
  await ok(app, admin, 'auth:create-operator', { username, displayName: `${role}-${username}`, role, password: 'long-enough-pw' });
  const s: Session = { principal: null };
  await ok(app, s, 'auth:sign-in', { username, password: 'long-enough-pw' });
  return s;
}

export const ALL_ITEMS = ['owner', 'no-dishonesty', 'fees-paid', 'no-relative-at-company', 'not-under-investigation', 'no-criminal-record', 'no-party-discipline', 'public-spirited', 'knows-property-law', 'pledges-signed'];
export const ALL_DEPARTMENTS = ['公安', '司法', '市场监管', '住建', '民政', '信用/发改'];

/** Marks every checklist item of a candidate met, except `notMet`. */
export async function checkAll(app: LedgerApp, s: Session, electionId: string, candidateId: string, notMet: string[] = []) {
  for (const itemKey of ALL_ITEMS) {
    await ok(app, s, 'committees:record-check', { electionId, candidateId, itemKey, finding: notMet.includes(itemKey) ? 'not-met' : 'met', checkedOn: '2026-11-02', evidence: '核查材料已存档' });
  }
}

/** Every department answers for `candidateIds`; `objecting` departments object to the first. */
export async function opinionsFromAll(app: LedgerApp, s: Session, electionId: string, candidateIds: string[], objecting: string[] = []) {
  for (const department of ALL_DEPARTMENTS) {
    await ok(app, s, 'committees:record-opinions', {
      electionId, department, givenOn: '2026-11-05',
      opinions: candidateIds.map((candidateId, i) => ({ candidateId, opinion: i === 0 && objecting.includes(department) ? 'objection' : 'no-objection', note: null })),
    });
  }
}

/**
 * A first election run to its result on the test clock (25 November 2026): three
 * candidates, one failing on an unmet item, one passed over a department's objection
 * by the director, the list published 10–16 November with one objection resolved,
 * and the assembly on 20 November. Touches every committee table.
 */
export async function electedCommittee(app: LedgerApp, admin: Session, estateId: string, directorSession?: Session) {
  const director = directorSession ?? (await sessionAs(app, admin, 'director', 'zhuren'));
  await ok(app, director, 'committees:update-rules', { termYears: 5, composition: { requiredPercent: 50, targetPercent: 60 }, publicationDays: 7, checklist: ALL_ITEMS.map((key, i) => ({ key, label: `审查项${i + 1}`, required: true })), departments: ALL_DEPARTMENTS, scoringSheet: DEFAULT_SCORING_SHEET.map((i) => ({ ...i })), passScore: 60, rectificationDays: 30, version: (await ok(app, director, 'committees:get-rules', {})).version });
  let e = await ok(app, admin, 'committees:create-election', { estateId, kind: 'first-election' });
  for (const [n, name, partyMember] of [[11, '王建国', true], [12, '刘芳', true], [13, '赵强', false]] as const) {
    e = await ok(app, admin, 'committees:add-candidate', { electionId: e.id, name, nomination: 'owners', partyMember, phone: '13900001111', idNumber: personId(n) });
  }
  const [a, b, c] = e.candidates.map((x) => x.id) as [string, string, string];
  await checkAll(app, admin, e.id, a);
  await checkAll(app, admin, e.id, b);
  await checkAll(app, admin, e.id, c, ['fees-paid']);
  await opinionsFromAll(app, admin, e.id, [b, a, c], ['公安']);
  e = await ok(app, admin, 'committees:get-election', { id: e.id });
  const version = (id: string) => e.candidates.find((x) => x.id === id)!.version;
  e = await ok(app, admin, 'committees:decide-candidate', { electionId: e.id, candidateId: a, version: version(a), decision: 'passed' });
  e = await ok(app, director, 'committees:decide-candidate', { electionId: e.id, candidateId: b, version: version(b), decision: 'passed', override: '经核实，公安所提情况已消除，同意通过' });
  e = await ok(app, admin, 'committees:decide-candidate', { electionId: e.id, candidateId: c, version: version(c), decision: 'failed', reason: '拖欠物业费' });
  e = await ok(app, admin, 'committees:publish', { id: e.id, version: e.version, publishedFrom: '2026-11-10', place: '小区公告栏' });
  e = await ok(app, admin, 'committees:record-objection', { electionId: e.id, candidateId: a, receivedOn: '2026-11-12', content: '有业主反映王建国曾拖欠停车费' });
  const objection = e.objections[0]!;
  e = await ok(app, director, 'committees:resolve-objection', { electionId: e.id, id: objection.id, version: objection.version, resolution: '经核实已于 2025 年结清' });
  e = await ok(app, admin, 'committees:enter-result', {
    id: e.id, version: e.version, assemblyOn: '2026-11-20', termStart: '2026-11-21',
    votes: [{ candidateId: a, votes: 300, elected: true, position: 'chair' }, { candidateId: b, votes: 280, elected: true, position: 'member' }],
  });
  return { election: e, director, candidates: { a, b, c } };
}

/** Scores for every item of the default sheet adding up to `total` (taken from the top items first). */
export function scoresFor(total: number): { itemKey: string; points: number }[] {
  let left = total;
  return DEFAULT_SCORING_SHEET.map((item) => {
    const points = Math.min(item.max, Math.max(0, left));
    left -= points;
    return { itemKey: item.key, points };
  });
}
