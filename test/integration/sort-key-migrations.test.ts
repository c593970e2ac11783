import { testPorts } from './helpers/test-ports';
import { openLedgerApp } from '#core/app/ledger-app';
import { ImmediateSqliteDialect } from '#core/db/immediate-dialect';
import { MIGRATIONS } from '#core/db/migrations/index';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A ledger.db migrated up to (not including) the named migration: the release before it. */
async function ledgerBefore(migration: string): Promise<{ dir: string; raw: Sqlite.Database }> {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const count = Object.keys(MIGRATIONS).indexOf(migration);
  expect(count).toBeGreaterThan(0);
  const raw = new Sqlite(join(t.dir, 'ledger.db'));
  const db = new Kysely<unknown>({ dialect: new ImmediateSqliteDialect({ database: raw }) });
  const older = Object.fromEntries(Object.entries(MIGRATIONS).slice(0, count));
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => older } }).migrateToLatest();
  if (error) throw error;
  raw.pragma(`user_version = ${count}`);
  return { dir: t.dir, raw };
}

const T = '2026-11-01T00:00:00.000Z';
const META = `'${T}', '${T}', 1, NULL`;

describe('upgrading to the pinyin sort keys and the kept committee counts', () => {
  it('fills the sort key of every existing name, so an upgraded ledger lists 凤凰 < 丽景 < 南泰 at once', async () => {
    const { dir, raw } = await ledgerBefore('2026_12_03_1700_add_name_sort_keys');
    raw.exec(`INSERT INTO offices (id, created_at, updated_at, name, division_code) VALUES ('00000000-0000-7000-8000-000000000001', '${T}', '${T}', '温泉街道', '421202001')`);
    const office = '00000000-0000-7000-8000-000000000001';
    raw.exec(`INSERT INTO communities (id, office_id, created_at, updated_at, version, deleted_at, name) VALUES ('00000000-0000-7000-8000-0000000000c1', '${office}', ${META}, '温泉社区')`);
    for (const [i, name] of ['南泰小区', '丽景苑', '凤凰花园'].entries()) {
      raw.exec(`INSERT INTO estates (id, office_id, created_at, updated_at, version, deleted_at, name, address, community_id, company_id, households)
        VALUES ('00000000-0000-7000-8000-00000000000${i}', '${office}', ${META}, '${name}', '路', '00000000-0000-7000-8000-0000000000c1', NULL, 100)`);
    }
    // A committee with three serving members (two party members, one ceased) and two evaluations.
    const c = '00000000-0000-7000-8000-0000000000d1';
    raw.exec(`INSERT INTO committees (id, office_id, created_at, updated_at, version, deleted_at, estate_id, kind, term_no, term_start, term_end, status, filed_on, party_branch, ended_on, end_reason, election_id)
      VALUES ('${c}', '${office}', ${META}, '00000000-0000-7000-8000-000000000001', 'owners-committee', 1, '2024-01-01', '2028-12-31', 'sitting', '2024-01-10', NULL, NULL, NULL, NULL)`);
    for (const [i, [party, ceased]] of [[1, null], [1, null], [0, null], [1, '2025-01-01']].entries()) {
      raw.exec(`INSERT INTO committee_members (id, office_id, created_at, updated_at, version, deleted_at, committee_id, name, position, party_member, cross_serving, phone, id_number, designated_on, ceased_on, cease_reason, cease_note, candidate_id)
        VALUES ('00000000-0000-7000-8000-0000000000e${i}', '${office}', ${META}, '${c}', '成员${i}', 'member', ${party}, 0, NULL, 'ID${i}', '2024-01-01', ${ceased ? `'${ceased}'` : 'NULL'}, ${ceased ? "'resigned'" : 'NULL'}, NULL, NULL)`);
    }
    for (const [i, [half, total]] of [['2025-H2', 72], ['2025-H1', 55]].entries()) {
      raw.exec(`INSERT INTO committee_evaluations (id, office_id, created_at, updated_at, version, deleted_at, committee_id, half, evaluated_on, evaluators, scores, total, verdict, rectification_due)
        VALUES ('00000000-0000-7000-8000-0000000000f${i}', '${office}', ${META}, '${c}', '${half}', '2025-12-20', '评议组', '{}', ${total}, 'satisfactory', NULL)`);
    }
    raw.close();

    const app = await openLedgerApp(dir, testPorts());
    try {
      expect((await app.services.registry.listEstates({})).map((e) => e.name)).toEqual(['凤凰花园', '丽景苑', '南泰小区']);
      const row = app.ledger.raw.prepare('SELECT serving_members, serving_party_members, last_score FROM committees').get();
      expect(row).toEqual({ serving_members: 3, serving_party_members: 2, last_score: 72 });
      // From then on the triggers keep them: a member ceasing is counted at once.
      app.ledger.raw.prepare("UPDATE committee_members SET ceased_on = '2026-01-01', cease_reason = 'resigned' WHERE id = '00000000-0000-7000-8000-0000000000e0'").run();
      expect(app.ledger.raw.prepare('SELECT serving_members, serving_party_members FROM committees').get()).toEqual({ serving_members: 2, serving_party_members: 1 });
    } finally {
      await app.close();
    }
  });
});
