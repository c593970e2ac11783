// The action-items figures of issue 11: ~500,000 items over 200 estates (ten years of meetings,
// inspections and disputes), generated straight into SQLite (reads are measured; the rows bypass
// the change log, so it runs on a throw-away data dir). `npm run bench:actions`; `npm run bench` calls it too.
import { openLedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { nodePorts } from '#core/db/node-ports';
import { fillBulkDisputesSealed } from '#core/demo/bulk-disputes';
import { prng } from '#core/demo/seeded-ports';
import { ACTION_SOURCES, RESPONSIBLE_KINDS } from '#shared/domain/actions/actions.schema';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { v7 as uuidv7 } from 'uuid';
import { line, summarize } from './stats';

const session: Session = { principal: { actor: 'cli:bench', role: 'system', operatorId: null } };
const DAY = 86_400_000;

/** Fills `dir` with `items` action items over `estates` estates and prints the list's latencies. */
export async function benchActions(dir: string, items = Number(process.env.BENCH_ACTIONS ?? 500_000), estates = 200): Promise<void> {
  const app = await openLedgerApp(dir, nodePorts(), () => {});
  try {
    const r = await app.dispatch('auth:bootstrap', { officeName: '温泉街道', divisionCode: '421202001', username: 'admin', displayName: '管理员', password: 'bench-password-1' }, { principal: null });
    if (!r.ok) throw new Error(r.error.message);
    const raw = app.ledger.raw;
    const office = (raw.prepare('SELECT id FROM offices').get() as { id: string }).id;
    const random = prng(11);
    const now = Date.now();
    const today = shanghaiDate(new Date(now));
    const t0 = performance.now();
    const estateIds: string[] = [];
    let communityIds: string[] = [];
    let companyIds: string[] = [];
    const at = new Date(now).toISOString();
    const meta = () => [uuidv7(), office, at, at, 1, null] as const;
    raw.transaction(() => {
      const community = raw.prepare('INSERT INTO communities (id, office_id, created_at, updated_at, version, deleted_at, name) VALUES (?,?,?,?,?,?,?)');
      const company = raw.prepare('INSERT INTO companies (id, office_id, created_at, updated_at, version, deleted_at, name, credit_code, contact_name, phone) VALUES (?,?,?,?,?,?,?,?,?,?)');
      const estate = raw.prepare('INSERT INTO estates (id, office_id, created_at, updated_at, version, deleted_at, name, address, community_id, company_id, households) VALUES (?,?,?,?,?,?,?,?,?,?,?)');
      const communities = (communityIds = Array.from({ length: 12 }, (_, i) => {
        const m = meta();
        community.run(...m, `社区${i + 1}`);
        return m[0];
      }));
      companyIds = Array.from({ length: 30 }, (_, i) => {
        const m = meta();
        company.run(...m, `物业公司${i + 1}`, `91421202MA${String(i).padStart(8, '0')}`, null, null);
        return m[0];
      });
      for (let e = 0; e < estates; e++) {
        const m = meta();
        estate.run(...m, `小区${e + 1}`, `路${e + 1}号`, communities[e % communities.length]!, companyIds[e % companyIds.length]!, 300 + Math.floor(random() * 2000));
        estateIds.push(m[0]);
      }
      raw.prepare('INSERT INTO staff VALUES (?,?,?,?,?,?,?,?,?)').run(...meta(), '陈秀英', 'mediator', null);
    })();
    // Cases for the items whose source is a dispute (a dispute item points at a real case).
    await fillBulkDisputesSealed(app.ledger, app.fields, { count: Math.max(100, Math.round(items / 100)), random, now: new Date(now), actor: 'cli:bench' });
    const cases = raw.prepare('SELECT id, estate_id, company_id FROM disputes').all() as { id: string; estate_id: string; company_id: string | null }[];
    raw.transaction(() => {
      const item = raw.prepare(`INSERT INTO action_items (id, office_id, created_at, updated_at, version, deleted_at, problem, source, meeting_id, resolution_id, dispute_id, source_note,
        estate_id, company_id, responsible_kind, responsible_name, responsible_ref_id, rectification, due_on, status, started_on, completed_on, completed_by, evidence, verified_on, verified_by, verification_note)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
      for (let i = 0; i < items; i++) {
        // Created over ten years, due 7–60 days later; nearly everything older than a few
        // months is verified, recent items are spread over the four states.
        const created = now - Math.floor(random() * 3650 * DAY);
        const due = shanghaiDate(new Date(created + (7 + Math.floor(random() * 54)) * DAY));
        const ageDays = (now - created) / DAY;
        const roll = random();
        const status = ageDays > 120 ? (roll < 0.02 ? 'in-progress' : roll < 0.03 ? 'done' : 'verified') : roll < 0.35 ? 'open' : roll < 0.6 ? 'in-progress' : roll < 0.75 ? 'done' : 'verified';
        const finished = status === 'done' || status === 'verified';
        const source = ACTION_SOURCES[Math.floor(random() * ACTION_SOURCES.length)]!;
        const fromCase = source === 'dispute' ? cases[Math.floor(random() * cases.length)]! : null;
        const e = fromCase ? estateIds.indexOf(fromCase.estate_id) : Math.floor(random() * estates);
        const kind = RESPONSIBLE_KINDS[Math.floor(random() * RESPONSIBLE_KINDS.length)]!;
        const createdAt = new Date(created).toISOString();
        const doneOn = finished ? shanghaiDate(new Date(Math.min(now, created + 20 * DAY))) : null;
        item.run(
          uuidv7(), office, createdAt, createdAt, 1, null, `问题${i}`, source, source === 'meeting' ? uuidv7() : null, null, fromCase?.id ?? null, source === 'meeting' || source === 'dispute' ? null : '检查',
          estateIds[e]!, fromCase ? fromCase.company_id : companyIds[e % companyIds.length]!, kind, `责任方${i % 97}`, null, '按要求整改', due, status,
          null, doneOn, finished ? 'jilu' : null, finished ? '已整改' : null, status === 'verified' ? doneOn : null, status === 'verified' ? 'zhuren' : null, null,
        );
      }
    })();
    raw.exec('ANALYZE');
    const unfinished = (raw.prepare(`SELECT count(*) AS n FROM action_items WHERE status IN ('open','in-progress')`).get() as { n: number }).n;
    const overdue = (raw.prepare(`SELECT count(*) AS n FROM action_items WHERE status IN ('open','in-progress') AND due_on < ?`).get(today) as { n: number }).n;
    console.log(`\n整改清单: generated ${items} action items over ${estates} estates (${unfinished} unfinished, ${overdue} overdue on ${today}) in ${Math.round(performance.now() - t0)} ms`);

    const timed = async (input: Record<string, unknown>, runs = 200) => {
      const s: number[] = [];
      for (let i = 0; i < runs + 10; i++) {
        const estateId = estateIds[i % estateIds.length]!;
        const communityId = communityIds[i % communityIds.length]!;
        const t = performance.now();
        const place = { ...('estateId' in input ? { estateId } : {}), ...('communityId' in input ? { communityId } : {}) };
        const result = await app.dispatch('actions:list', { offset: 0, limit: 100, ...input, ...place }, session);
        if (i >= 10) s.push(performance.now() - t);
        if (!result.ok) throw new Error(result.error.message);
      }
      return summarize(s);
    };
    // Through dispatch (validation, query, output check), 100 rows a page as the grid asks.
    console.log(line('actions:list open, overdue first (office)', await timed({})));
    console.log(line('actions:list open, overdue first, by estate', await timed({ estateId: '' })));
    console.log(line('actions:list overdue only, by estate', await timed({ estateId: '', overdueOnly: true })));
    console.log(line('actions:list open, by community (社区详情页)', await timed({ communityId: '' })));
    console.log(line('actions:list open, by responsible kind', await timed({ responsibleKind: 'company' })));
    console.log(line('actions:list open, by source (dispute)', await timed({ source: 'dispute' })));
    console.log(line('actions:list all states, by estate', await timed({ estateId: '', state: 'all' }, 100)));
    console.log(line('actions:list open, page at offset 10,000', await timed({ offset: 10_000 }, 50)));
  } finally {
    await app.close();
  }
}

const [, entry] = process.argv;
if (entry && fileURLToPath(import.meta.url) === entry) {
  const dir = mkdtempSync(join(tmpdir(), 'actions-bench-'));
  benchActions(dir).then(
    () => (rmSync(dir, { recursive: true, force: true }), process.exit(0)),
    (error: unknown) => {
      console.error(error);
      rmSync(dir, { recursive: true, force: true });
      process.exit(1);
    },
  );
}
