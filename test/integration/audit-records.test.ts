import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { AUDITED_TABLES } from '#core/system/audited-tables';
import { fixedLedger, type FixedLedger } from './helpers/audit-fixtures';
import { ledger } from './helpers/cli-runner';
import type { OutputOf } from '#shared/ipc/contract';
import { intake, seedRegistry, type Registry } from './helpers/dispute-fixtures';
import { ok } from './helpers/temp-ledger';

// `ledger check` must prove that each travelling record's current row is what its
// latest change-log entry says: a row edited, added or deleted straight in SQLite
// (bypassing the program, so the hash chain itself stays intact) is named.

let t: FixedLedger;
let reg: Registry;
let dispute: OutputOf<'disputes:create'>;
const check = () => ok(t.app, t.admin, 'system:check', {});
const sql = (text: string, ...params: unknown[]) => t.app.ledger.raw.prepare(text).run(...params);

beforeEach(async () => {
  t = await fixedLedger();
  reg = await seedRegistry(t.app, t.admin);
  dispute = await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId));
  dispute = await ok(t.app, t.admin, 'disputes:add-evidence', { id: dispute.id, version: dispute.version, name: '缴费收据', providedBy: '张伟', receivedAt: '2026-11-20T10:00:00+08:00' });
  dispute = await ok(t.app, t.admin, 'disputes:assign', { id: dispute.id, version: dispute.version, mediatorId: reg.mediatorId });
  const other = await ok(t.app, t.admin, 'registry:get-estate', { id: reg.otherEstateId });
  await ok(t.app, t.admin, 'registry:delete-estate', { id: other.id, version: other.version });
  await ok(t.app, t.admin, 'disputes:reveal', { partyId: dispute.parties[0]!.id, field: 'idNumber' });
});
afterEach(() => t.close());

describe('check compares every travelling row with its change log', () => {
  it('passes a clean ledger (creates, updates, tombstones, reveals, derived columns)', async () => {
    const report = await check();
    expect(report).toMatchObject({ ok: true, integrity: 'ok', chainOk: true, records: { ok: true, problems: [], more: 0 }, problems: [] });
    // office, operator, community, company, 2 estates, staff, dispute, 2 parties, evidence
    expect(report.records.checked).toBe(11);
  });

  it('ignores the derived deadline column and the local search key, which are refreshed without a change entry', async () => {
    sql("UPDATE disputes SET next_due_at = '2030-01-01T00:00:00.000Z', search_key = search_key + 7 WHERE id = ?", dispute.id);
    expect((await check()).ok).toBe(true);
  });

  it('names the table, record and field of a dispute edited in SQLite', async () => {
    sql("UPDATE disputes SET description = '双方已和解，无纠纷' WHERE id = ?", dispute.id);
    const report = await check();
    expect(report.ok).toBe(false);
    expect(report.chainOk).toBe(true); // the log itself is intact: only the row changed
    expect(report.records.problems).toEqual([
      expect.objectContaining({ kind: 'field-differs', table: 'disputes', id: dispute.id, fields: ['description'], seq: expect.any(Number) }),
    ]);
    const message = report.records.problems[0]!.message;
    expect(message).toContain('disputes');
    expect(message).toContain(dispute.id);
    expect(message).toContain('description');
    expect(message).not.toContain('双方已和解'); // values stay out of the report (they may be sensitive)
    expect(report.problems.join('\n')).toMatch(/备份/);
  });

  it("names a party's ID number edited in SQLite, without printing either number", async () => {
    const party = dispute.parties[0]!;
    sql("UPDATE dispute_parties SET id_number = '110101199003074514' WHERE id = ?", party.id);
    const report = await check();
    expect(report.ok).toBe(false);
    expect(report.records.problems).toEqual([expect.objectContaining({ kind: 'field-differs', table: 'dispute_parties', id: party.id, fields: ['id_number'] })]);
    expect(JSON.stringify(report)).not.toMatch(/110101199003074514|421202198001010/);
  });

  it('names several fields of one row, and rows of several tables', async () => {
    sql("UPDATE disputes SET tier = 'major', status = 'closed', version = version + 1 WHERE id = ?", dispute.id);
    sql("UPDATE estates SET households = 1 WHERE id = ?", reg.estateId);
    const problems = (await check()).records.problems;
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.objectContaining({ table: 'disputes', id: dispute.id, fields: ['version', 'tier', 'status'] }));
    expect(problems).toContainEqual(expect.objectContaining({ table: 'estates', id: reg.estateId, fields: ['households'] }));
  });

  it('notices an operator whose role was raised in SQLite (accounts are audited though they never travel)', async () => {
    const op = await ok(t.app, t.admin, 'auth:create-operator', { username: 'jilu', displayName: '林海燕', role: 'secretary', password: 'secretary-password-1' });
    sql("UPDATE operators SET role = 'administrator' WHERE id = ?", op.id);
    expect((await check()).records.problems).toEqual([expect.objectContaining({ table: 'operators', id: op.id, fields: ['role'] })]);
  });

  it('does not take a changed password hash for tampering (the log never holds it)', async () => {
    sql("UPDATE operators SET password_hash = 'scrypt$1$1$1$AAAA$BBBB' WHERE username = 'admin'");
    expect((await check()).records.ok).toBe(true);
  });

  it('names a row deleted in SQLite', async () => {
    const evidenceId = t.app.ledger.raw.prepare('SELECT id FROM dispute_evidence').pluck().get() as string;
    sql('DELETE FROM dispute_evidence WHERE id = ?', evidenceId);
    const report = await check();
    expect(report.ok).toBe(false);
    expect(report.records.problems).toEqual([expect.objectContaining({ kind: 'row-missing', table: 'dispute_evidence', id: evidenceId, fields: [] })]);
    expect(report.records.problems[0]!.message).toContain(evidenceId);
  });

  it('names a row added in SQLite with no change entry', async () => {
    const id = '019b8b9b-9d30-736b-9732-1c69904a86c6';
    const officeId = t.app.ledger.raw.prepare('SELECT id FROM offices').pluck().get() as string;
    sql("INSERT INTO communities (id, office_id, created_at, updated_at, version, deleted_at, name) VALUES (?, ?, '2026-01-05T00:00:00.000Z', '2026-01-05T00:00:00.000Z', 1, NULL, '幽灵社区')", id, officeId);
    expect((await check()).records.problems).toEqual([expect.objectContaining({ kind: 'unlogged', table: 'communities', id, seq: null })]);
  });

  it('a restored row (undoing the edit) passes again', async () => {
    const before = t.app.ledger.raw.prepare('SELECT description FROM disputes WHERE id = ?').pluck().get(dispute.id);
    sql("UPDATE disputes SET description = 'x' WHERE id = ?", dispute.id);
    expect((await check()).ok).toBe(false);
    sql('UPDATE disputes SET description = ? WHERE id = ?', before, dispute.id);
    expect((await check()).ok).toBe(true);
  });

  it('covers every table whose rows carry the travelling columns (a new table cannot be forgotten)', () => {
    const tables = t.app.ledger.raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%deleted_at%' AND sql LIKE '%version%'").pluck().all() as string[];
    const versioned = tables.filter((name) => {
      const cols = (t.app.ledger.raw.pragma(`table_info("${name}")`) as { name: string }[]).map((c) => c.name);
      return ['id', 'created_at', 'updated_at', 'version', 'deleted_at'].every((c) => cols.includes(c));
    });
    expect(AUDITED_TABLES.map((a) => a.table).sort()).toEqual(versioned.sort());
  });

  it('caps the list but counts every problem', async () => {
    // 150 rows with no change entry: the list stops at its cap, `more` counts the rest.
    const officeId = t.app.ledger.raw.prepare('SELECT id FROM offices').pluck().get() as string;
    const insert = t.app.ledger.raw.prepare("INSERT INTO communities (id, office_id, created_at, updated_at, version, deleted_at, name) VALUES (?, ?, 't', 't', 1, NULL, ?)");
    for (let i = 0; i < 150; i++) insert.run(`019b8b9b-9d30-736b-9732-${String(i).padStart(12, '0')}`, officeId, `社区${i}`);
    const report = await check();
    expect(report.records.problems.length + report.records.more).toBe(150);
    expect(report.records.problems.length).toBeLessThan(150);
  });
});

describe('ledger check (CLI) on a ledger edited in SQLite', () => {
  it('exits 1 and names table, record and field on stderr', async () => {
    const run = await t.offline(() => {
      const db = new Sqlite(join(t.dir, 'ledger.db'));
      db.prepare("UPDATE disputes SET description = '已删除的内容' WHERE id = ?").run(dispute.id);
      db.close();
      return ledger('--data-dir', t.dir, 'check');
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('disputes');
    expect(run.stderr).toContain(dispute.id);
    expect(run.stderr).toContain('description');
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, records: { ok: false } });
  });
});
