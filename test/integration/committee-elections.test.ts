import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkAll, electedCommittee, opinionsFromAll, personId, seedEstates, sessionAs, sittingCommittee, type CommitteeRegistry } from './helpers/committee-fixtures';
import { bootstrappedLedger, ok, type TestLedger } from './helpers/temp-ledger';
import { refusedWithNothingWritten } from './helpers/refused';

let t: TestLedger;
let reg: CommitteeRegistry;
beforeEach(async () => {
  t = await bootstrappedLedger();
  reg = await seedEstates(t.app, t.admin);
});
afterEach(() => t.close());

const refused = (channel: string, input: Record<string, unknown>, code: string, field?: string, session = t.admin) => refusedWithNothingWritten(t.app, session, channel, input, code, field);

const open = async () => {
  let e = await ok(t.app, t.admin, 'committees:create-election', { estateId: reg.estateId, kind: 'first-election' });
  e = await ok(t.app, t.admin, 'committees:add-candidate', { electionId: e.id, name: '王建国', nomination: 'owners', partyMember: true, phone: null, idNumber: personId(1) });
  e = await ok(t.app, t.admin, 'committees:add-candidate', { electionId: e.id, name: '刘芳', nomination: 'self', partyMember: false, phone: null, idNumber: personId(2) });
  return e;
};

describe('elections and candidate vetting', () => {
  it('runs a first election to a new term whose members are the elected', async () => {
    const { election, candidates } = await electedCommittee(t.app, t.admin, reg.estateId);
    expect(election.status).toBe('result-entered');
    const b = election.candidates.find((c) => c.id === candidates.b)!;
    expect(b.override).toContain('同意通过');
    const committee = await ok(t.app, t.admin, 'committees:get', { id: election.newCommitteeId! });
    expect(committee).toMatchObject({ termNo: 1, status: 'preparing', termStart: '2026-11-21', termEnd: '2031-11-20' });
    expect(committee.members.map((m) => [m.name, m.position])).toEqual([['王建国', 'chair'], ['刘芳', 'member']]);
    expect(committee.composition).toMatchObject({ percent: 100, shortOfRequired: 0 });
    // The override is in the change log with the director as actor.
    const entry = t.app.ledger.raw.prepare(`SELECT actor, payload FROM changes WHERE entity = 'election_candidates' AND entity_id = ? AND payload LIKE '%override%同意%' ORDER BY seq LIMIT 1`).get(candidates.b) as { actor: string };
    expect(entry.actor).toBe('zhuren');
  });

  it('keeps the previous term as history when a re-election seats the next', async () => {
    const old = await ok(t.app, t.admin, 'committees:create', sittingCommittee(reg.estateId, { termStart: '2021-11-01' }));
    await ok(t.app, t.admin, 'committees:add-member', { committeeId: old.id, name: '老主任', position: 'chair', partyMember: true, crossServing: true, phone: null, idNumber: personId(9), designatedOn: '2021-11-01' });
    const refusedFirst = await t.app.dispatch('committees:create-election', { estateId: reg.estateId, kind: 'first-election' }, t.admin);
    expect(refusedFirst.ok || refusedFirst.error.issues?.[0]?.path).toEqual(['kind']);
    let e = await ok(t.app, t.admin, 'committees:create-election', { estateId: reg.estateId, kind: 're-election' });
    e = await ok(t.app, t.admin, 'committees:add-candidate', { electionId: e.id, name: '新人', nomination: 'party-organisation', partyMember: true, phone: null, idNumber: personId(3) });
    const cand = e.candidates[0]!;
    await checkAll(t.app, t.admin, e.id, cand.id);
    await opinionsFromAll(t.app, t.admin, e.id, [cand.id]);
    e = await ok(t.app, t.admin, 'committees:decide-candidate', { electionId: e.id, candidateId: cand.id, version: cand.version, decision: 'passed' });
    e = await ok(t.app, t.admin, 'committees:publish', { id: e.id, version: e.version, publishedFrom: '2026-11-01', place: '小区公告栏' });
    e = await ok(t.app, t.admin, 'committees:enter-result', { id: e.id, version: e.version, assemblyOn: '2026-11-10', termStart: '2026-11-11', votes: [{ candidateId: cand.id, votes: 500, elected: true, position: 'chair' }] });
    const previous = await ok(t.app, t.admin, 'committees:get', { id: old.id });
    expect(previous).toMatchObject({ status: 'dissolved', endedOn: '2026-11-10' });
    expect(previous.members[0]).toMatchObject({ name: '老主任', ceasedOn: '2026-11-10', ceaseReason: 'term-ended' });
    const next = await ok(t.app, t.admin, 'committees:get', { id: e.newCommitteeId! });
    expect(next.termNo).toBe(2);
    expect(next.terms.map((x) => x.termNo)).toEqual([1, 2]);
  });

  it('refuses to pass a candidate with an unmet or pending item, naming it', async () => {
    const e = await open();
    const [a, b] = e.candidates as [typeof e.candidates[0], typeof e.candidates[0]];
    await checkAll(t.app, t.admin, e.id, a.id, ['fees-paid']);
    await opinionsFromAll(t.app, t.admin, e.id, [a.id, b.id]);
    const got = await ok(t.app, t.admin, 'committees:get-election', { id: e.id });
    expect(got.candidates[0]!.passBlockedBy).toContain('「按时缴纳物业费、专项维修资金」不符合');
    expect(await refused('committees:decide-candidate', { electionId: e.id, candidateId: a.id, version: a.version, decision: 'passed' }, 'forbidden-transition')).toContain('「按时缴纳物业费、专项维修资金」不符合');
    // b: items still pending.
    expect(await refused('committees:decide-candidate', { electionId: e.id, candidateId: b.id, version: b.version, decision: 'passed' }, 'forbidden-transition')).toContain('「业主身份」');
    // 不通过 needs a reason.
    await refused('committees:decide-candidate', { electionId: e.id, candidateId: a.id, version: a.version, decision: 'failed' }, 'invalid-input', 'reason');
  });

  it('passes an objected candidate only with the director’s written override', async () => {
    const e = await open();
    const a = e.candidates[0]!;
    await checkAll(t.app, t.admin, e.id, a.id);
    // Joint review incomplete: the outstanding departments are named.
    await ok(t.app, t.admin, 'committees:record-opinions', { electionId: e.id, department: '公安', givenOn: '2026-11-05', opinions: [{ candidateId: a.id, opinion: 'objection', note: '有治安处罚记录' }] });
    expect(await refused('committees:decide-candidate', { electionId: e.id, candidateId: a.id, version: a.version, decision: 'passed' }, 'forbidden-transition')).toContain('司法');
    for (const department of ['司法', '市场监管', '住建', '民政', '信用/发改']) {
      await ok(t.app, t.admin, 'committees:record-opinions', { electionId: e.id, department, givenOn: '2026-11-05', opinions: [{ candidateId: a.id, opinion: 'no-objection', note: null }] });
    }
    expect(await refused('committees:decide-candidate', { electionId: e.id, candidateId: a.id, version: a.version, decision: 'passed' }, 'invalid-input', 'override')).toContain('公安有异议');
    // A reviewer may not override.
    const reviewer = await sessionAs(t.app, t.admin, 'reviewer', 'shencha');
    await refused('committees:decide-candidate', { electionId: e.id, candidateId: a.id, version: a.version, decision: 'passed', override: '同意' }, 'forbidden', undefined, reviewer);
    const director = await sessionAs(t.app, t.admin, 'director', 'zhuren');
    const passed = await ok(t.app, director, 'committees:decide-candidate', { electionId: e.id, candidateId: a.id, version: a.version, decision: 'passed', override: '处罚已过五年，同意通过' });
    expect(passed.candidates[0]).toMatchObject({ decision: 'passed', override: '处罚已过五年，同意通过', decidedBy: 'zhuren' });
  });

  it('refuses every bad election input with the field named and nothing written', async () => {
    const e = await open();
    const other = await ok(t.app, t.admin, 'committees:create-election', { estateId: reg.otherEstateId, kind: 'first-election' });
    const a = e.candidates[0]!;
    // Nominated twice in one election.
    expect(await refused('committees:add-candidate', { electionId: e.id, name: '王建国', nomination: 'self', partyMember: true, phone: null, idNumber: personId(1) }, 'invalid-input', 'idNumber')).toContain('不能重复提名');
    // A checklist item that does not exist.
    expect(await refused('committees:record-check', { electionId: e.id, candidateId: a.id, itemKey: 'rich-enough', finding: 'met', checkedOn: '2026-11-02' }, 'invalid-input', 'itemKey')).toContain('「审查项」');
    // A decision on a candidate of another election.
    expect(await refused('committees:decide-candidate', { electionId: other.id, candidateId: a.id, version: a.version, decision: 'failed', reason: '不符合' }, 'invalid-input', 'candidateId')).toContain('不属于本次选举');
    // A department not on the list; an ID number with a wrong check digit.
    await refused('committees:record-opinions', { electionId: e.id, department: '教育局', givenOn: '2026-11-05', opinions: [{ candidateId: a.id, opinion: 'no-objection' }] }, 'invalid-input', 'department');
    const bad = personId(5).slice(0, 17) + (personId(5).endsWith('0') ? '1' : '0');
    expect(await refused('committees:add-candidate', { electionId: e.id, name: '某人', nomination: 'self', partyMember: false, phone: null, idNumber: bad }, 'invalid-input', 'idNumber')).toContain('校验位');
    // Publishing before every candidate is decided.
    expect(await refused('committees:publish', { id: e.id, version: e.version, publishedFrom: '2026-11-10', place: '公告栏' }, 'forbidden-transition')).toContain('未作出审查结论');
  });

  it('refuses a vote count above the households, and a result before publication ends or with objections open', async () => {
    let e = await open();
    const [a, b] = e.candidates as [typeof e.candidates[0], typeof e.candidates[0]];
    await checkAll(t.app, t.admin, e.id, a.id);
    await opinionsFromAll(t.app, t.admin, e.id, [a.id]);
    e = await ok(t.app, t.admin, 'committees:decide-candidate', { electionId: e.id, candidateId: a.id, version: a.version, decision: 'passed' });
    e = await ok(t.app, t.admin, 'committees:decide-candidate', { electionId: e.id, candidateId: b.id, version: b.version, decision: 'failed', reason: '非本小区业主' });
    // Published on the 20th for 7 days: runs until the 26th, one day past the test clock.
    const late = await ok(t.app, t.admin, 'committees:publish', { id: e.id, version: e.version, publishedFrom: '2026-11-20', place: '小区公告栏' });
    expect(late).toMatchObject({ publishedUntil: '2026-11-26', daysLeft: 1 });
    const result = (version: number, votes: number) => ({ id: e.id, version, assemblyOn: '2026-11-24', termStart: '2026-11-25', votes: [{ candidateId: a.id, votes, elected: true, position: 'chair' }] });
    expect(await refused('committees:enter-result', result(late.version, 100), 'forbidden-transition')).toContain('公示期至 2026-11-26');
    // An election on the other estate whose publication has ended, with an objection received during it.
    let f = await ok(t.app, t.admin, 'committees:create-election', { estateId: reg.otherEstateId, kind: 'first-election' });
    f = await ok(t.app, t.admin, 'committees:add-candidate', { electionId: f.id, name: '孙丽', nomination: 'self', partyMember: true, phone: null, idNumber: personId(6) });
    const c = f.candidates[0]!;
    await checkAll(t.app, t.admin, f.id, c.id);
    await opinionsFromAll(t.app, t.admin, f.id, [c.id]);
    f = await ok(t.app, t.admin, 'committees:decide-candidate', { electionId: f.id, candidateId: c.id, version: c.version, decision: 'passed' });
    f = await ok(t.app, t.admin, 'committees:publish', { id: f.id, version: f.version, publishedFrom: '2026-11-01', place: '公告栏' });
    f = await ok(t.app, t.admin, 'committees:record-objection', { electionId: f.id, candidateId: c.id, receivedOn: '2026-11-03', content: '反映其不是业主' });
    const fr = (votes: number, candidateId = c.id) => ({ id: f.id, version: f.version, assemblyOn: '2026-11-20', termStart: '2026-11-21', votes: [{ candidateId, votes, elected: true, position: 'chair' as const }] });
    expect(await refused('committees:enter-result', fr(100), 'forbidden-transition')).toContain('异议尚未处理');
    f = await ok(t.app, t.admin, 'committees:resolve-objection', { electionId: f.id, id: f.objections[0]!.id, version: 1, resolution: '经核实系业主' });
    expect(await refused('committees:enter-result', fr(401), 'invalid-input', 'votes')).toContain('400 户');
    expect(await refused('committees:enter-result', fr(100, a.id), 'invalid-input', 'candidateId')).toContain('不属于本次选举');
    const done = await ok(t.app, t.admin, 'committees:enter-result', fr(400));
    expect(done.status).toBe('result-entered');
  });
});
