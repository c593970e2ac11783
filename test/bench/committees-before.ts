// The committees list's and dashboard's queries as they were before the counts were kept on the
// committee row (migration 2026_12_03_1710) and names sorted by pinyin, against the queries now, both
// timed raw in the same run on the same data: a loaded machine moves both figures, not their ratio.
import type Sqlite from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { summarize } from './stats';

const SERVING = (party: boolean) =>
  `(SELECT count(*) FROM committee_members m WHERE m.committee_id = c.id AND m.deleted_at IS NULL AND m.ceased_on IS NULL${party ? ' AND m.party_member = 1' : ''})`;
const FROM_BEFORE = `FROM committees c JOIN estates e ON e.id = c.estate_id JOIN communities co ON co.id = e.community_id
  WHERE c.deleted_at IS NULL AND c.status IN ('preparing', 'sitting', 're-electing')`;
const SHORT_BEFORE = `AND ${SERVING(true)} * 100 < ${SERVING(false)} * 50`;
const LIST_BEFORE = (where: string, order: string, limit: number) => [
  `SELECT c.id, e.name, co.name, ${SERVING(false)} AS members, ${SERVING(true)} AS party_members,
     (SELECT v.total FROM committee_evaluations v WHERE v.committee_id = c.id AND v.deleted_at IS NULL ORDER BY v.half DESC LIMIT 1) AS last_score
   ${FROM_BEFORE} ${where} ORDER BY ${order} LIMIT ${limit}`,
  `SELECT count(*) ${FROM_BEFORE} ${where}`,
];
const COVERAGE_BEFORE = (q: Quarter) => `SELECT c.id, e.name, c.term_no, ${SERVING(false)} AS sitting,
  (SELECT count(DISTINCT m.id) FROM committee_members m JOIN training_attendance a ON a.member_id = m.id AND a.deleted_at IS NULL
     JOIN training_sessions s ON s.id = a.session_id AND s.deleted_at IS NULL AND s.held_on BETWEEN '${q.start}' AND '${q.end}'
    WHERE m.committee_id = c.id AND m.deleted_at IS NULL AND m.ceased_on IS NULL) AS trained
  FROM committees c JOIN estates e ON e.id = c.estate_id WHERE c.deleted_at IS NULL AND c.status IN ('sitting', 're-electing') ORDER BY e.name`;
const UNFIT_BASE = `FROM committee_members m JOIN committees c ON c.id = m.committee_id WHERE m.deleted_at IS NULL AND c.deleted_at IS NULL
  AND m.designated_on <= '2026-12-31' AND (m.ceased_on IS NULL OR m.ceased_on >= '2026-01-01')`;

const FROM_NOW = `FROM estates e CROSS JOIN committees c JOIN communities co ON co.id = e.community_id
  WHERE c.estate_id = e.id AND e.deleted_at IS NULL AND c.deleted_at IS NULL AND c.status <> 'dissolved'`;
const SHORT_NOW = 'AND c.serving_party_members * 100 < c.serving_members * 50';
const LIST_NOW = (where: string, order: string, limit: number) => [
  `SELECT c.id, e.name, co.name, c.serving_members, c.serving_party_members, c.last_score ${FROM_NOW} ${where} ORDER BY ${order}, c.id LIMIT ${limit}`,
  `SELECT count(*) ${FROM_NOW} ${where}`,
];
const COVERAGE_NOW = (q: Quarter) => `WITH trained AS (SELECT m.committee_id, count(DISTINCT m.id) AS n FROM training_sessions s
    JOIN training_attendance a ON a.session_id = s.id AND a.deleted_at IS NULL
    JOIN committee_members m ON m.id = a.member_id AND m.deleted_at IS NULL AND m.ceased_on IS NULL
   WHERE s.deleted_at IS NULL AND s.held_on BETWEEN '${q.start}' AND '${q.end}' GROUP BY m.committee_id)
  SELECT c.id, e.name, c.term_no, c.serving_members, coalesce(t.n, 0) FROM committees c JOIN estates e ON e.id = c.estate_id
  LEFT JOIN trained t ON t.committee_id = c.id WHERE c.deleted_at IS NULL AND c.status IN ('sitting', 're-electing') ORDER BY e.name_sort, c.id`;

type Quarter = { start: string; end: string };

/** The statements one request ran, before and now (the dashboard's coverage for `q`), and how often to time them. */
const measures = (q: Quarter): { label: string; before: string[]; now: string[]; runs: number }[] => [
  { label: 'list, first page by estate', before: LIST_BEFORE('', 'e.name, c.id', 50), now: LIST_NOW('', 'e.name_sort', 50), runs: 40 },
  {
    label: 'list, party-short by party share',
    before: LIST_BEFORE(SHORT_BEFORE, 'CAST(party_members AS REAL) / MAX(members, 1), e.name', 50),
    now: LIST_NOW(SHORT_NOW, 'CAST(c.serving_party_members AS REAL) / MAX(c.serving_members, 1), e.name_sort', 50),
    runs: 40,
  },
  {
    label: 'dashboard composition + coverage',
    // Coverage before searched all the period's attendance once per committee: seconds, so fewer runs.
    runs: 5,
    before: [...LIST_BEFORE(SHORT_BEFORE, 'e.name, c.id', 500), COVERAGE_BEFORE(q), `SELECT count(*) ${FROM_BEFORE}`, `SELECT count(*) ${UNFIT_BASE}`,
      `SELECT count(*) ${UNFIT_BASE} AND m.cease_reason IN ('persuaded-to-withdraw', 'removed') AND m.ceased_on >= '2026-01-01'`],
    now: [...LIST_NOW(SHORT_NOW, 'e.name_sort', 20), COVERAGE_NOW(q), `SELECT count(*) ${FROM_NOW}`,
      `SELECT count(*), sum(m.cease_reason IN ('persuaded-to-withdraw', 'removed') AND m.ceased_on >= '2026-01-01') ${UNFIT_BASE}`],
  },
];

/** Times each measure's statements before and now, alternating runs so load falls on both alike. */
export function compareBeforeNow(raw: Sqlite.Database, quarter: Quarter) {
  return measures(quarter).map((m) => {
    const runs = m.runs;
    const before = m.before.map((q) => raw.prepare(q));
    const now = m.now.map((q) => raw.prepare(q));
    const time = (statements: Sqlite.Statement[]) => {
      const t = performance.now();
      for (const s of statements) s.all();
      return performance.now() - t;
    };
    for (let i = 0; i < Math.min(3, runs); i++) {
      time(before);
      time(now);
    }
    const b: number[] = [];
    const n: number[] = [];
    for (let i = 0; i < runs; i++) {
      b.push(time(before));
      n.push(time(now));
    }
    return { label: m.label, before: summarize(b), now: summarize(n) };
  });
}
