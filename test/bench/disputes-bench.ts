// The disputes figures of `npm run bench` (issue: disputes): a million cases by default.
import { openLedgerApp, type LedgerApp } from '#core/app/ledger-app';
import { fillBulkDisputesSealed } from '#core/demo/bulk-disputes';
import { fillDemo } from '#core/demo/fill-demo';
import { verifyChain } from '#core/changes/change-log.repository';
import { auditRecords } from '#core/system/record-audit';
import { prng } from '#core/demo/seeded-ports';
import { nodePorts } from '#core/db/node-ports';
import { matchExpression } from '#core/disputes/search-text';
import type { Session } from '#core/call-context';
import { performance } from 'node:perf_hooks';
import { line, summarize } from './stats';

const RUNS = 200;

async function timed(fn: () => Promise<unknown> | unknown, runs = RUNS): Promise<number[]> {
  for (let i = 0; i < 10; i++) await fn(); // warm the page cache and the statement cache
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

async function expectOk(app: LedgerApp, session: Session, channel: string, input: unknown) {
  const r = await app.dispatch(channel, input, session);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as { rows?: unknown[]; total?: number; id?: string };
}

export async function benchDisputes(dir: string, count: number, existing = false): Promise<void> {
  const session: Session = { principal: { actor: 'cli:bench', role: 'system', operatorId: null } };
  let app = await openLedgerApp(dir, nodePorts(), () => {});
  if (!existing) {
    await fillDemo(app.ledger, session, { seed: 11, password: 'bench-password-1', dataDir: dir });
    const t0 = performance.now();
    await fillBulkDisputesSealed(app.ledger, app.fields, { count, random: prng(11), now: new Date(), actor: 'cli:bench' });
    const generation = performance.now() - t0;
    await app.close();
    app = await openLedgerApp(dir, nodePorts(), () => {}); // a fresh connection on the finished file
    console.log(`\ndisputes: ${count.toLocaleString('en')} cases — generated in ${(generation / 1000).toFixed(1)} s (${Math.round(count / (generation / 1000)).toLocaleString('en')} cases/s, change log and search index included)`);
  } else {
    console.log(`\ndisputes: existing ledger in ${dir}`);
  }

  const listInput = { status: ['mediating'], sort: 'due', offset: 0, limit: 50 };
  const list = await timed(() => expectOk(app, session, 'disputes:list', listInput));
  console.log(line('disputes:list status=mediating, sort=due, 50', summarize(list)));

  // The same page straight through better-sqlite3: the overhead of Kysely, zod and mapping.
  const rawPage = app.ledger.raw.prepare(`SELECT d.*, e.name AS estate_name, co.name AS company_name, s.name AS mediator_name,
      (SELECT group_concat(p.name, '、') FROM dispute_parties p WHERE p.dispute_id = d.id AND p.role = 'applicant') AS applicants
    FROM (SELECT rowid AS rid FROM disputes WHERE deleted_at IS NULL AND status IN ('mediating') ORDER BY next_due_at IS NULL, next_due_at, received_at DESC LIMIT 50) page
    JOIN disputes d ON d.rowid = page.rid JOIN estates e ON e.id = d.estate_id LEFT JOIN companies co ON co.id = d.company_id LEFT JOIN staff s ON s.id = d.mediator_id`);
  const rawCount = app.ledger.raw.prepare(`SELECT count(*) AS n FROM disputes WHERE deleted_at IS NULL AND status IN ('mediating')`);
  const raw = await timed(() => [rawPage.all(), rawCount.get()]);
  console.log(line('raw better-sqlite3, same page + count', summarize(raw)));
  console.log(`${'query-builder overhead (p50 ratio list/raw)'.padEnd(44)} ${(summarize(list).p50 / summarize(raw).p50).toFixed(2)}×`);

  for (const [label, search] of [['2 characters 「漏水」', '漏水'], ['3 characters 「物业费」', '物业费'], ['mixed 「电梯 维修」', '电梯 维修'], ['mixed 「3栋 漏水」', '3栋 漏水']] as const) {
    const samples = await timed(() => expectOk(app, session, 'disputes:list', { search, offset: 0, limit: 50 }));
    const total = ((await expectOk(app, session, 'disputes:list', { search, offset: 0, limit: 50 })) as { total: number }).total;
    console.log(line(`search ${label} (${total.toLocaleString('en')} hits)`, summarize(samples)));
  }
  const rawSearch = app.ledger.raw.prepare('SELECT count(*) AS n FROM disputes_search WHERE disputes_search MATCH ?');
  console.log(line('raw FTS count 「漏水」', summarize(await timed(() => rawSearch.get(matchExpression('漏水'))))));

  const estates = await app.services.registry.listEstates({});
  let n = 0;
  const create = await timed(() =>
    expectOk(app, session, 'disputes:create', {
      source: 'walk-in',
      receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
      estateId: estates[n++ % estates.length]!.id,
      category: 'repairs',
      description: `${n} 号楼电梯故障，维修不及时`,
      parties: [{ role: 'applicant', kind: 'person', name: '王伟', phone: '13871234567' }],
    }),
  );
  console.log(line('disputes:create (FULL sync, change log)', summarize(create)));

  // ledger check over the whole ledger, once, and its three scans on their own.
  const once = (label: string, fn: () => unknown) => {
    const t0 = performance.now();
    fn();
    console.log(`${label.padEnd(44)} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  once('check: PRAGMA integrity_check', () => app.ledger.raw.pragma('integrity_check'));
  once('check: change-log hash chain', () => verifyChain(app.ledger.raw));
  once('check: every row against its change entry', () => auditRecords(app.ledger.raw));
  const t0 = performance.now();
  const report = await app.services.system.check();
  const rows = `${report.changes.toLocaleString('en')} entries, ${report.records.checked.toLocaleString('en')} rows, ${report.ok ? 'ok' : 'FAILED'}`;
  console.log(`${'ledger check, all of it (system:check)'.padEnd(44)} ${((performance.now() - t0) / 1000).toFixed(1)} s — ${rows}`);
  await app.close();
}
