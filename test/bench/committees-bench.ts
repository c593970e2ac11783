// The committees figures of issue 10: 2,000 estates and committees, 20,000 members, 50,000 candidates
// with full checklists and ten years of evaluations, generated straight into SQLite (reads are measured;
// the rows bypass the change log, so run it on a throw-away data dir). `npm run bench:committees`.
import { openLedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { nodePorts } from '#core/db/node-ports';
import { prng } from '#core/demo/seeded-ports';
import { DEFAULT_SCORING_SHEET } from '#shared/domain/committees/evaluation-rules';
import { quarterOf } from '#shared/domain/committees/training-rules';
import { DEFAULT_CHECKLIST } from '#shared/domain/committees/vetting';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { nameSortKey } from '#shared/domain/registry/name-sort';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { v7 as uuidv7 } from 'uuid';
import { compareBeforeNow } from './committees-before';
import { line, ms, summarize } from './stats';

const session: Session = { principal: { actor: 'cli:bench', role: 'system', operatorId: null } };

/** The committees figures (part of `npm run bench`; alone: `npm run bench:committees`). BENCH_ESTATES changes the 2,000. */
export async function benchCommittees(ESTATES = Number(process.env.BENCH_ESTATES ?? 2000)): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'committees-bench-'));
  const app = await openLedgerApp(dir, nodePorts(), () => {});
  const r = await app.dispatch('auth:bootstrap', { officeName: '温泉街道', divisionCode: '421202001', username: 'admin', displayName: '管理员', password: 'bench-password-1' }, { principal: null });
  if (!r.ok) throw new Error(r.error.message);
  const raw = app.ledger.raw;
  const office = (raw.prepare('SELECT id FROM offices').get() as { id: string }).id;
  const random = prng(10);
  const at = '2026-11-25T06:00:00.000Z';
  const meta = () => [uuidv7(), office, at, at, 1, null] as const;
  const t0 = performance.now();
  // This quarter in China, as the coverage the dashboard reads (a benchmark may read the clock).
  const quarter = quarterOf(shanghaiDate(new Date()));
  const memberIds: string[] = [];
  raw.transaction(() => {
    const community = raw.prepare('INSERT INTO communities (id, office_id, created_at, updated_at, version, deleted_at, name, name_sort) VALUES (?,?,?,?,?,?,?,?)');
    const estate = raw.prepare('INSERT INTO estates (id, office_id, created_at, updated_at, version, deleted_at, name, name_sort, address, community_id, company_id, households) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)');
    const committee = raw.prepare(`INSERT INTO committees (id, office_id, created_at, updated_at, version, deleted_at, estate_id, kind, term_no, term_start, term_end, status, filed_on, party_branch, ended_on, end_reason, election_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
    const member = raw.prepare(`INSERT INTO committee_members (id, office_id, created_at, updated_at, version, deleted_at, committee_id, name, position, party_member, cross_serving, phone, id_number, designated_on, ceased_on, cease_reason, cease_note, candidate_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
    const election = raw.prepare(`INSERT INTO committee_elections (id, office_id, created_at, updated_at, version, deleted_at, estate_id, committee_id, kind, status, publication_place, published_from, published_until, assembly_on, new_committee_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
    const candidate = raw.prepare(`INSERT INTO election_candidates (id, office_id, created_at, updated_at, version, deleted_at, election_id, name, nomination, party_member, phone, id_number, decision, decision_reason, decided_by, decided_at, override, votes, elected) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
    const check = raw.prepare(`INSERT INTO candidate_checks (id, office_id, created_at, updated_at, version, deleted_at, candidate_id, item_key, result, checked_by, checked_on, evidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`);
    const evaluation = raw.prepare(`INSERT INTO committee_evaluations (id, office_id, created_at, updated_at, version, deleted_at, committee_id, half, evaluated_on, evaluators, scores, total, verdict, rectification_due) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
    const communities = Array.from({ length: 40 }, (_, i) => {
      const m = meta();
      community.run(...m, `社区${i + 1}`, nameSortKey(`社区${i + 1}`));
      return m[0];
    });
    let person = 0;
    for (let e = 0; e < ESTATES; e++) {
      const em = meta();
      estate.run(...em, `小区${e + 1}`, nameSortKey(`小区${e + 1}`), `路${e + 1}号`, communities[e % 40]!, null, 300 + Math.floor(random() * 2000));
      const cm = meta();
      committee.run(...cm, em[0], 'owners-committee', 2, '2024-01-01', '2028-12-31', 'sitting', '2024-01-10', null, null, null, null);
      for (let k = 0; k < 10; k++) {
        const mm = meta();
        member.run(...mm, cm[0], `成员${++person}`, k === 0 ? 'chair' : 'member', random() < 0.55 ? 1 : 0, 0, null, `ID${person}`, '2024-01-01', null, null, null, null);
        memberIds.push(mm[0]);
      }
      const el = meta();
      election.run(...el, em[0], cm[0], 're-election', 'vetting', null, null, null, null, null);
      for (let c = 0; c < 25; c++) {
        const ca = meta();
        candidate.run(...ca, el[0], `候选人${++person}`, 'owners', random() < 0.5 ? 1 : 0, null, `ID${person}`, null, null, null, null, null, null, null);
        for (const item of DEFAULT_CHECKLIST) check.run(...meta(), ca[0], item.key, random() < 0.95 ? 'met' : 'pending', 'bench', '2026-11-01', null);
      }
      for (let y = 2016; y <= 2025; y++) {
        for (const h of ['H1', 'H2']) {
          const total = 40 + Math.floor(random() * 60);
          evaluation.run(...meta(), cm[0], `${y}-${h}`, `${y}-${h === 'H1' ? '06' : '12'}-20`, '评议组', JSON.stringify(Object.fromEntries(DEFAULT_SCORING_SHEET.map((i) => [i.key, 0]))), total, total >= 60 ? 'satisfactory' : 'rectification', null);
        }
      }
    }
    // Training this quarter: 20 sessions of 150 members each (about one member in seven), so
    // coverage has attendance to count (the untrained flag needs committees nobody attended).
    const session = raw.prepare('INSERT INTO training_sessions (id, office_id, created_at, updated_at, version, deleted_at, held_on, topic, kind, trainer, place) VALUES (?,?,?,?,?,?,?,?,?,?,?)');
    const attended = raw.prepare('INSERT INTO training_attendance (id, office_id, created_at, updated_at, version, deleted_at, session_id, member_id) VALUES (?,?,?,?,?,?,?,?)');
    for (let i = 0; i < 20; i++) {
      const sm = meta();
      session.run(...sm, quarter.start, `物业法规讲堂${i + 1}`, 'law-lecture', '司法所', '街道会议室');
      const seen = new Set<string>();
      while (seen.size < 150) seen.add(memberIds[Math.floor(random() * memberIds.length)]!);
      for (const m of seen) attended.run(...meta(), sm[0], m);
    }
  })();
  console.log(`generated ${ESTATES} estates/committees, ${ESTATES * 10} members, ${ESTATES * 25} candidates with ${ESTATES * 250} checks, ${ESTATES * 20} evaluations, 3,000 attendances this quarter in ${Math.round(performance.now() - t0)} ms`);
  raw.exec('ANALYZE');

  const timed = async (fn: () => Promise<unknown>, runs = 100) => {
    for (let i = 0; i < 5; i++) await fn();
    const s: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await fn();
      s.push(performance.now() - t);
    }
    return summarize(s);
  };
  const call = async (channel: string, input: unknown) => {
    const res = await app.dispatch(channel as 'committees:list', input as never, session);
    if (!res.ok) throw new Error(res.error.message);
    return res.value;
  };
  console.log(line('committees:list first page (estate order)', await timed(() => call('committees:list', { offset: 0, limit: 50 }))));
  console.log(line('committees:list party-short, by party share', await timed(() => call('committees:list', { partyShort: true, sort: 'party-share', offset: 0, limit: 50 }))));
  console.log(line('committees:list search 小区12, by term end', await timed(() => call('committees:list', { search: '小区12', sort: 'term-end', offset: 0, limit: 50 }))));
  console.log(line('committees:dashboard (composition + coverage)', await timed(() => call('committees:dashboard', {}), 30)));
  // The same requests' SQL before this change and now, raw, alternated in this run.
  for (const r of compareBeforeNow(raw, quarter)) {
    console.log(`${`  SQL ${r.label}`.padEnd(44)} before p50 ${ms(r.before.p50)} p95 ${ms(r.before.p95)} · now p50 ${ms(r.now.p50)} p95 ${ms(r.now.p95)} · ${(r.before.p50 / r.now.p50).toFixed(1)}× faster (p50)`);
  }
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}

const entry = process.argv[1];
if (entry && fileURLToPath(import.meta.url) === entry) {
  benchCommittees().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
