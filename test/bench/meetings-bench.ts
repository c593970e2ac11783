// The meetings figures of issue 11: 200 estates × 10 years of meetings (about 100,000 meetings and
// 300,000 resolutions), generated straight into SQLite (reads and the lock are measured through
// dispatch; the generated rows bypass the change log, so run it on a throw-away data dir).
// `npm run bench:meetings` alone, or from `npm run bench`.
import { openLedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { nodePorts } from '#core/db/node-ports';
import { prng } from '#core/demo/seeded-ports';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { v7 as uuidv7 } from 'uuid';
import { line, summarize } from './stats';

const ESTATES = Number(process.env.BENCH_MEETING_ESTATES ?? 200);
const YEARS = Number(process.env.BENCH_MEETING_YEARS ?? 10);
const FIRST_YEAR = 2016;
const session: Session = { principal: { actor: 'cli:bench', role: 'system', operatorId: null } };

const pad = (n: number) => String(n).padStart(2, '0');
/** A China wall-clock time as ISO UTC. */
const instant = (y: number, m: number, d: number, h: number) => new Date(Date.UTC(y, m - 1, d, h - 8)).toISOString();

export async function benchMeetings(dir: string): Promise<void> {
  const app = await openLedgerApp(dir, nodePorts(), () => {});
  const r = await app.dispatch('auth:bootstrap', { officeName: '温泉街道', divisionCode: '421202001', username: 'admin', displayName: '管理员', password: 'bench-password-1' }, { principal: null });
  if (!r.ok) throw new Error(r.error.message);
  const raw = app.ledger.raw;
  const office = (raw.prepare('SELECT id FROM offices').get() as { id: string }).id;
  // The office, its communities and estates existed before the first year measured.
  raw.prepare('UPDATE offices SET created_at = ?').run('2015-12-01T00:00:00.000Z');
  const random = prng(11);
  const at = '2026-01-05T00:00:00.000Z';
  const meta = (created = at) => [uuidv7(), office, created, created, 1, null] as const;
  const meetingSql = raw.prepare(`INSERT INTO meetings (id, office_id, created_at, updated_at, version, deleted_at, kind, scope, estate_id, community_id, committee_id, title, status,
    starts_at, ends_at, meeting_date, place, host_name, host_staff_id, recorder_name, recorder_staff_id, notes, minutes_status, submitted_at, submitted_by, approved_at, approved_by,
    approver_name, locked_at, locked_by, minutes_hash) VALUES (?,?,?,?,?,?,?,?,?,?,NULL,?,?,?,?,?,?,?,NULL,?,NULL,NULL,?,NULL,NULL,NULL,NULL,NULL,NULL,NULL,?)`);
  const resolutionSql = raw.prepare(`INSERT INTO meeting_resolutions (id, office_id, created_at, updated_at, version, deleted_at, meeting_id, position, content, topic_id, vote_taken,
    votes_for, votes_against, votes_abstain, outcome) VALUES (?,?,?,?,?,?,?,?,?,NULL,?,?,?,?,?)`);
  const attendeeSql = raw.prepare(`INSERT INTO meeting_attendees (id, office_id, created_at, updated_at, version, deleted_at, meeting_id, position, name, side, organisation,
    committee_member_id, staff_id, invited, attendance, uninvited_reason) VALUES (?,?,?,?,?,?,?,?,?,?,NULL,NULL,NULL,1,?,NULL)`);
  const agendaSql = raw.prepare(`INSERT INTO meeting_agenda_items (id, office_id, created_at, updated_at, version, deleted_at, meeting_id, position, title, topic_id, discussion) VALUES (?,?,?,?,?,?,?,?,?,NULL,?)`);

  let meetings = 0;
  let resolutions = 0;
  /** One held meeting with three voted resolutions; now and then a period is skipped (a missed meeting). */
  const meeting = (kind: string, scope: string, estateId: string | null, communityId: string | null, y: number, m: number, d: number, status = 'locked') => {
    const mm = meta();
    const starts = instant(y, m, d, 9);
    meetingSql.run(...mm, kind, scope, estateId, communityId, `${kind} ${y}-${pad(m)}-${pad(d)}`, 'held', starts, instant(y, m, d, 11), `${y}-${pad(m)}-${pad(d)}`, '会议室', '主持人', '记录人', status, status === 'locked' ? 'x'.repeat(64) : null);
    for (let k = 0; k < 3; k++) resolutionSql.run(...meta(), mm[0], k, `决议${k + 1}`, 1, 5, 1, 0, 'passed');
    meetings++;
    resolutions += 3;
  };
  const t0 = performance.now();
  raw.transaction(() => {
    const community = raw.prepare('INSERT INTO communities (id, office_id, created_at, updated_at, version, deleted_at, name) VALUES (?,?,?,?,?,?,?)');
    const estate = raw.prepare('INSERT INTO estates (id, office_id, created_at, updated_at, version, deleted_at, name, address, community_id, company_id, households) VALUES (?,?,?,?,?,?,?,?,?,?,?)');
    const communities = Array.from({ length: 20 }, (_, i) => {
      const m = meta('2015-12-01T00:00:00.000Z');
      community.run(...m, `社区${i + 1}`);
      return m[0];
    });
    const estates = Array.from({ length: ESTATES }, (_, e) => {
      const m = meta('2015-12-01T00:00:00.000Z');
      estate.run(...m, `小区${e + 1}`, `路${e + 1}号`, communities[e % communities.length]!, null, 300 + Math.floor(random() * 2000));
      return m[0];
    });
    for (let y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
      for (const e of estates) {
        for (let q = 0; q < 4; q++) if (random() > 0.05) meeting('four-party', 'estate', e, null, y, q * 3 + 2, 10);
        meeting('owners-assembly', 'estate', e, null, y, 6, 20);
        for (let k = 0; k < 40; k++) meeting('other', 'estate', e, null, y, 1 + (k % 12), 1 + Math.floor(k / 12) * 7);
      }
      for (const c of communities) {
        for (let w = 0; w < 52; w++) {
          if (random() < 0.08) continue;
          const day = new Date(Date.UTC(y, 0, 5 + w * 7));
          meeting('community-weekly', 'community', null, c, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
        }
        for (let m = 1; m <= 12; m++) if (random() > 0.1) meeting('consultation', 'community', null, c, y, m, 15);
      }
      for (let m = 1; m <= 12; m++) meeting('street-monthly', 'street', null, null, y, m, 25);
    }
  })();
  console.log(`generated ${ESTATES} estates in 20 communities, ${meetings} meetings and ${resolutions} resolutions over ${YEARS} years in ${Math.round(performance.now() - t0)} ms`);
  raw.exec('ANALYZE');

  const call = async (channel: string, input: unknown) => {
    const res = await app.dispatch(channel as 'meetings:missed', input as never, session);
    if (!res.ok) throw new Error(`${channel}: ${res.error.message}`);
    return res.value;
  };
  const timed = async (fn: () => Promise<unknown>, runs: number, before?: () => void) => {
    for (let i = 0; i < 3; i++) {
      before?.();
      await fn();
    }
    const s: number[] = [];
    for (let i = 0; i < runs; i++) {
      before?.();
      const t = performance.now();
      await fn();
      s.push(performance.now() - t);
    }
    return summarize(s);
  };
  const lastYear = FIRST_YEAR + YEARS - 1;
  const missed = (await call('meetings:missed', { year: lastYear })) as { total: number; levels: unknown[] };
  console.log(`missed meetings in ${lastYear}: ${missed.total}`);
  const kinds = ['four-party', 'red-property', 'consultation', 'community-weekly', 'street-monthly'];
  const heldQuery = raw.prepare(`SELECT kind, scope, estate_id, community_id, meeting_date FROM meetings WHERE deleted_at IS NULL AND status = 'held' AND meeting_date >= ? AND meeting_date < ? AND kind IN (?,?,?,?,?)`);
  console.log(line(`  (the year's held meetings, raw SQL)`, await timed(() => Promise.resolve(heldQuery.all(`${lastYear - 1}-12-29`, `${lastYear + 1}-01-05`, ...kinds)), 50)));
  console.log(line(`meetings:missed, ${lastYear}, whole office`, await timed(() => call('meetings:missed', { year: lastYear }), 50)));
  console.log(line(`meetings:periods, ${lastYear}, whole office`, await timed(() => call('meetings:periods', { year: lastYear }), 30)));
  console.log(line('meetings:list first page, one estate', await timed(() => call('meetings:list', { estateId: (raw.prepare('SELECT id FROM estates LIMIT 1').get() as { id: string }).id, offset: 0, limit: 50 }), 50)));

  // Lock + hash of a 200-item minutes: each run locks a fresh approved meeting with 200 agenda items, 200 resolutions and 30 attendees.
  let target = { id: '', version: 1 };
  const approved = () => {
    const mm = meta();
    raw.transaction(() => {
      meetingSql.run(...mm, 'four-party', 'street', null, null, '200 项纪要', 'held', instant(2025, 12, 1, 9), instant(2025, 12, 1, 18), '2025-12-01', '会议室', '主持人', '记录人', 'approved', null);
      for (let k = 0; k < 30; k++) attendeeSql.run(...meta(), mm[0], k, `参会人${k + 1}`, 'residents', 'present');
      for (let k = 0; k < 200; k++) agendaSql.run(...meta(), mm[0], k, `议程事项${k + 1}：关于小区公共设施维修的事项`, '讨论情况记录'.repeat(10));
      for (let k = 0; k < 200; k++) resolutionSql.run(...meta(), mm[0], k, `决议${k + 1}：同意按方案实施，由物业服务企业 30 日内完成。`, 1, 20, 5, 5, 'passed');
    })();
    target = { id: mm[0], version: 1 };
  };
  console.log(line('lock + SHA-256 of a 200-item minutes', await timed(() => call('meetings:minutes-action', { ...target, action: 'lock' }), 30, approved)));
  await app.close();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = mkdtempSync(join(tmpdir(), 'meetings-bench-'));
  benchMeetings(dir).then(
    () => rmSync(dir, { recursive: true, force: true }),
    (error: unknown) => {
      console.error(error);
      rmSync(dir, { recursive: true, force: true });
      process.exit(1);
    },
  );
}
