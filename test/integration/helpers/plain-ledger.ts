import Sqlite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { join } from 'node:path';
import { entryHash, sha256Hex } from '#core/changes/change-hash';
import { bulkWriter } from '#core/demo/bulk-disputes.repository';
import { fillBulkDisputes } from '#core/demo/bulk-disputes';
import { prng } from '#core/demo/seeded-ports';
import { ImmediateSqliteDialect } from '#core/db/immediate-dialect';
import { MIGRATIONS } from '#core/db/migrations/index';
import { TEST_NOW } from './test-ports';
import { validIdNumber } from './dispute-fixtures';

/** The last migration before phone and ID numbers were encrypted at rest. */
export const FIELD_ENCRYPTION_MIGRATION = '2026_12_03_1600_add_field_encryption';

/** What a ledger of the version before field encryption holds in plain text. */
export type PlainValues = {
  phones: string[];
  idNumbers: string[];
  /** A party whose phone was changed: the old number is only in the change log's history. */
  changedParty: { id: string; before: string; after: string };
  member: { id: string; idNumber: string; phone: string };
  candidate: { id: string; idNumber: string };
  company: { id: string; phone: string };
};

const T = TEST_NOW;
const rec = (id: string, office: string) => ({ id, office_id: office, created_at: T, updated_at: T, version: 1, deleted_at: null });
const uuid = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

/**
 * A ledger as the version before field encryption wrote it: the schema of the
 * migrations before FIELD_ENCRYPTION_MIGRATION, and records with their chained
 * change-log entries written by the same raw writer the bulk demo uses, phone
 * and ID numbers in plain text in the rows and the payloads. Cases come from the
 * bulk demo generator (unsealed, as that version wrote them).
 */
export async function plainLedgerBeforeEncryption(dir: string, cases = 60): Promise<PlainValues> {
  const raw = new Sqlite(join(dir, 'ledger.db'));
  const names = Object.keys(MIGRATIONS);
  const count = names.indexOf(FIELD_ENCRYPTION_MIGRATION);
  if (count < 0) throw new Error('field encryption migration not found');
  const db = new Kysely<unknown>({ dialect: new ImmediateSqliteDialect({ database: raw }) });
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => Object.fromEntries(names.slice(0, count).map((n) => [n, MIGRATIONS[n]!])) } }).migrateToLatest();
  if (error) throw error;
  raw.pragma('journal_mode = WAL');
  raw.pragma(`user_version = ${count}`);
  const office = uuid(1);
  const actor = 'cli:old-version';
  const w = bulkWriter(raw);
  const values: PlainValues = {
    phones: ['13907150001', '0715-8123456'],
    idNumbers: [],
    changedParty: { id: '', before: '', after: '' },
    member: { id: uuid(20), idNumber: validIdNumber('42120219700101031'), phone: '13907150002' },
    candidate: { id: uuid(31), idNumber: validIdNumber('42120219750505052') },
    company: { id: uuid(3), phone: '0715-8123456' },
  };
  w.transaction(() => {
    w.insert('offices', { id: office, created_at: T, updated_at: T, version: 1, deleted_at: null, name: '温泉街道', division_code: '421202001' }, actor);
    w.insert('communities', { ...rec(uuid(2), office), name: '温泉社区' }, actor);
    w.insert('companies', { ...rec(values.company.id, office), name: '咸宁物业', credit_code: '91421202MA4901234X', contact_name: '李经理', phone: values.company.phone }, actor);
    w.insert('estates', { ...rec(uuid(4), office), name: '锦湖紫竹苑', address: '温泉路1号', community_id: uuid(2), company_id: values.company.id, households: 800 }, actor);
    w.insert('estates', { ...rec(uuid(5), office), name: '碧桂园', address: '温泉路2号', community_id: uuid(2), company_id: null, households: 600 }, actor);
    w.insert('staff', { ...rec(uuid(6), office), name: '陈秀英', role: 'mediator', certificate_no: null }, actor);
    w.insert('committees', { ...rec(uuid(10), office), estate_id: uuid(4), kind: 'owners-committee', term_no: 1, term_start: '2024-01-01', term_end: '2028-12-31', status: 'sitting', filed_on: null, party_branch: null, ended_on: null, end_reason: null, election_id: null }, actor);
    w.insert('committee_members', {
      ...rec(values.member.id, office), committee_id: uuid(10), name: '王建国', position: 'chair', party_member: 1, cross_serving: 0, phone: values.member.phone, id_number: values.member.idNumber,
      designated_on: '2024-01-01', ceased_on: null, cease_reason: null, cease_note: null, candidate_id: null,
    }, actor);
    w.insert('committee_elections', { ...rec(uuid(30), office), estate_id: uuid(5), committee_id: null, kind: 'first-election', status: 'vetting', publication_place: null, published_from: null, published_until: null, assembly_on: null, new_committee_id: null }, actor);
    w.insert('election_candidates', {
      ...rec(values.candidate.id, office), election_id: uuid(30), name: '赵丽', nomination: 'owners', party_member: 0, phone: null, id_number: values.candidate.idNumber,
      decision: null, decision_reason: null, decided_by: null, decided_at: null, override: null, votes: null, elected: null,
    }, actor);
  });
  fillBulkDisputes({ db: db as never, raw, file: '', close: async () => {} }, { count: cases, random: prng(3), now: new Date(T), actor });
  // A phone changed after intake, as an update of that version logged it: the row and the
  // latest entry hold the new number, only the history the old one.
  const party = raw.prepare("SELECT * FROM dispute_parties WHERE phone IS NOT NULL ORDER BY rowid LIMIT 1").get() as Record<string, unknown>;
  const after = '13907150003';
  values.changedParty = { id: party.id as string, before: party.phone as string, after };
  const updated = { ...party, phone: after, version: 2, updated_at: T };
  raw.prepare('UPDATE dispute_parties SET phone = ?, version = 2, updated_at = ? WHERE id = ?').run(after, T, party.id);
  appendRaw(raw, { at: T, actor, entity: 'dispute_parties', entity_id: party.id as string, action: 'update', payload: JSON.stringify(updated) });
  for (const table of ['dispute_parties', 'committee_members', 'election_candidates', 'companies']) {
    for (const r of raw.prepare(`SELECT phone, ${table === 'companies' ? 'NULL' : 'id_number'} AS id_number FROM ${table}`).all() as { phone: string | null; id_number: string | null }[]) {
      if (r.phone) values.phones.push(r.phone);
      if (r.id_number) values.idNumbers.push(r.id_number);
    }
  }
  values.phones.push(values.changedParty.before);
  values.phones = [...new Set(values.phones)];
  values.idNumbers = [...new Set(values.idNumbers)];
  await db.destroy();
  return values;
}

function appendRaw(raw: Sqlite.Database, e: { at: string; actor: string; entity: string; entity_id: string; action: string; payload: string }): void {
  const head = raw.prepare('SELECT seq, hash FROM changes ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
  const fields = { seq: head.seq + 1, at: e.at, actor: e.actor, entity: e.entity, entity_id: e.entity_id, action: e.action, payload_hash: sha256Hex(e.payload), prev_hash: head.hash };
  raw.prepare('INSERT INTO changes (seq, at, actor, entity, entity_id, action, payload, payload_hash, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)')
    .run(fields.seq, e.at, e.actor, e.entity, e.entity_id, e.action, e.payload, fields.payload_hash, fields.prev_hash, entryHash(fields));
}
