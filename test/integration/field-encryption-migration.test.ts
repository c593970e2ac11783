import { openLedgerApp, type LedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainLedgerBeforeEncryption, type PlainValues } from './helpers/plain-ledger';
import { ok, tempDir } from './helpers/temp-ledger';
import { testPorts } from './helpers/test-ports';

const SYSTEM: Session = { principal: { actor: 'cli:test', role: 'system', operatorId: null } };
const tmp = tempDir('ledger-plain-');
let plain: PlainValues;
let app: LedgerApp;
let chainBefore: { seq: number; hash: string; payload_hash: string }[];
beforeAll(async () => {
  plain = await plainLedgerBeforeEncryption(tmp.dir);
  const Sqlite = (await import('better-sqlite3')).default;
  const raw = new Sqlite(join(tmp.dir, 'ledger.db'), { readonly: true });
  chainBefore = raw.prepare('SELECT seq, hash, payload_hash FROM changes ORDER BY seq').all() as typeof chainBefore;
  raw.close();
  app = await openLedgerApp(tmp.dir, testPorts(), () => {});
});
afterAll(async () => {
  await app?.close();
  tmp.cleanup();
});

const foundIn = (bytes: Buffer, values: readonly string[]) => values.filter((v) => bytes.includes(Buffer.from(v, 'utf8')));
const fileBytes = (file: string) => (existsSync(file) ? readFileSync(file) : Buffer.alloc(0));

describe('a ledger from before field encryption', () => {
  it('held its phone and ID numbers in plain text (the fixture is what that version wrote)', () => {
    expect(plain.phones.length).toBeGreaterThan(10);
    expect(plain.idNumbers.length).toBeGreaterThan(3);
    expect(chainBefore.length).toBeGreaterThan(100);
  });

  it('is sealed at first open: no plain value is left in the file, the WAL or any payload', () => {
    const all = [...plain.phones, ...plain.idNumbers];
    expect(foundIn(fileBytes(join(tmp.dir, 'ledger.db')), all)).toEqual([]);
    expect(foundIn(fileBytes(join(tmp.dir, 'ledger.db-wal')), all)).toEqual([]);
    const payloads = Buffer.concat(app.ledger.raw.prepare('SELECT CAST(payload AS BLOB) FROM changes').pluck().all() as Buffer[]);
    expect(foundIn(payloads, all)).toEqual([]);
    const plainRows = app.ledger.raw.prepare("SELECT count(*) FROM dispute_parties WHERE (phone IS NOT NULL AND phone NOT LIKE 'enc1:%') OR (id_number IS NOT NULL AND id_number NOT LIKE 'enc1:%')").pluck().get();
    expect(plainRows).toBe(0);
  });

  it('keeps every entry hash and link, records what it rewrote, and passes the full check', async () => {
    const after = app.ledger.raw.prepare('SELECT seq, hash, payload_hash FROM changes WHERE seq <= ? ORDER BY seq').all(chainBefore.length);
    expect(after).toEqual(chainBefore);
    const rewritten = app.ledger.raw.prepare('SELECT count(*) FROM sealed_changes').pluck().get() as number;
    const seals = app.ledger.raw.prepare("SELECT actor, payload FROM changes WHERE entity = 'sealed_changes'").all() as { actor: string; payload: string }[];
    expect(rewritten).toBeGreaterThan(0);
    expect(seals.length).toBeGreaterThan(0);
    expect(seals.reduce((n, s) => n + (JSON.parse(s.payload) as { entries: number }).entries, 0)).toBe(rewritten);
    const report = await ok(app, SYSTEM, 'system:check', {});
    expect(report.records.problems).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('gives back the values it had: reveal, phone search, the old number only in history', async () => {
    const party = plain.changedParty;
    expect(await ok(app, SYSTEM, 'disputes:reveal', { partyId: party.id, field: 'phone' })).toEqual({ value: party.after });
    const byNew = await ok(app, SYSTEM, 'disputes:list', { search: party.after, offset: 0, limit: 10 });
    expect(byNew.total).toBe(1);
    expect(await ok(app, SYSTEM, 'committees:reveal', { person: 'member', id: plain.member.id, field: 'idNumber' })).toEqual({ value: plain.member.idNumber });
    expect(await ok(app, SYSTEM, 'committees:reveal', { person: 'candidate', id: plain.candidate.id, field: 'idNumber' })).toEqual({ value: plain.candidate.idNumber });
    const company = await ok(app, SYSTEM, 'registry:get-company', { id: plain.company.id });
    expect(company.phone).toBe(plain.company.phone);
    // The old number's entry was sealed too, and opens to what it said.
    const cipher = await app.fields.cipher();
    const history = app.ledger.raw.prepare("SELECT payload FROM changes WHERE entity = 'dispute_parties' AND entity_id = ? AND action <> 'reveal' ORDER BY seq").pluck().all(party.id) as string[];
    expect(history.map((p) => cipher.open('dispute_parties.phone', JSON.parse(p).phone))).toEqual([party.before, party.after]);
  });

  it('sets the keyed hash the duplicate checks compare', async () => {
    const cipher = await app.fields.cipher();
    const stored = app.ledger.raw.prepare('SELECT id_number_hash FROM committee_members WHERE id = ?').pluck().get(plain.member.id);
    expect(stored).toBe(cipher.hash('id-number', plain.member.idNumber));
  });

  it('finds a sealed entry edited afterwards, and a forged rewrite list', async () => {
    const raw = app.ledger.raw;
    const seq = raw.prepare('SELECT seq FROM sealed_changes ORDER BY seq LIMIT 1').pluck().get() as number;
    const payload = raw.prepare('SELECT payload FROM changes WHERE seq = ?').pluck().get(seq) as string;
    const forged = payload.replace(/"name":"[^"]*"/, '"name":"冒名"');
    expect(forged).not.toBe(payload);
    raw.prepare('UPDATE changes SET payload = ? WHERE seq = ?').run(forged, seq);
    const edited = await ok(app, SYSTEM, 'system:check', {});
    expect(edited.chainOk).toBe(false);
    expect(edited.firstBrokenSeq).toBe(seq);
    // Listing the edited payload's hash as if the sealing step had written it does not help either.
    const { sha256Hex } = await import('#core/changes/change-hash');
    raw.prepare('UPDATE sealed_changes SET sealed_hash = ? WHERE seq = ?').run(sha256Hex(forged), seq);
    const relisted = await ok(app, SYSTEM, 'system:check', {});
    expect(relisted.chainOk).toBe(false); // opening it no longer gives the payload its hash was taken of
    expect(relisted.problems.join('')).toMatch(/改写清单（sealed_changes）被改动过/);
    raw.prepare('UPDATE changes SET payload = ? WHERE seq = ?').run(payload, seq);
    raw.prepare('UPDATE sealed_changes SET sealed_hash = ? WHERE seq = ?').run(sha256Hex(payload), seq);
    expect((await ok(app, SYSTEM, 'system:check', {})).ok).toBe(true);
  });
});
