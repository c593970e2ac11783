import Sqlite from 'better-sqlite3';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { verifyChain } from '#core/changes/change-log.repository';
import { fieldCipher } from '#core/fieldcrypt/field-cipher';
import { sealedPayloadCheck, verifySeals } from '#core/fieldcrypt/sealed-chain.repository';
import { auditRecords } from '#core/system/record-audit';
import { bundled } from '../helpers/killable-cli';
import { plainLedgerBeforeEncryption, type PlainValues } from '../helpers/plain-ledger';
import { ledgerHolds, type CrashScenario } from './crash-harness';

const foundIn = (bytes: Buffer, values: readonly string[]) => values.filter((v) => bytes.includes(Buffer.from(v, 'utf8')));
const bytesOf = (file: string) => (existsSync(file) ? readFileSync(file) : Buffer.alloc(0));

/**
 * The upgrade that seals a ledger's plain phone and ID numbers (the first open
 * after field encryption), killed at a random point: migration, a sealing batch,
 * the rebuild of the file. As the kill left it, the ledger must already hold (the
 * chain with its sealed entries, every row against its log); opened again it
 * finishes, and then no plain value is left in the file, the WAL or the log.
 */
export const fieldSealing: CrashScenario<{ dir: (p: string) => string; template: string; plain: PlainValues }, string> = {
  name: 'sealing phone and ID numbers at first open',
  async setUp(dir) {
    const template = dir('crash-plain-');
    // Enough cases for several sealing batches and a rebuild that takes a moment.
    const plain = await plainLedgerBeforeEncryption(template, 3000);
    return { dir, template, plain };
  },
  async round(w) {
    const data = w.dir('crash-seal-');
    cpSync(join(w.template, 'ledger.db'), join(data, 'ledger.db'));
    return { round: data, script: bundled('LEDGER_TEST_CLI'), args: ['--data-dir', data, 'call', 'auth:status', '{}'], options: { env: { LEDGER_DATA_DIR: '' } } };
  },
  killWithinMs: [300, 2500],
  async verify(w, data) {
    const raw = new Sqlite(join(data, 'ledger.db'));
    try {
      const upgraded = raw.prepare("SELECT 1 FROM sqlite_master WHERE name = 'field_seal_state'").get() !== undefined;
      const keyFile = join(data, 'keys', 'field-key');
      if (upgraded && existsSync(keyFile)) {
        const chain = verifyChain(raw, sealedPayloadCheck(raw, fieldCipher(readFileSync(keyFile), keyFile)));
        expect(chain.chainOk, chain.problem ?? '').toBe(true);
        expect(verifySeals(raw)).toBeNull();
        const records = auditRecords(raw);
        expect(records.ok, JSON.stringify(records.problems.slice(0, 3))).toBe(true);
      }
    } finally {
      raw.close();
    }
    await ledgerHolds(data); // opens (finishing the sealing and the rebuild), then checks in full
    // A sample (the file is megabytes; every number would take minutes), always with the
    // member's, the candidate's, the company's and a number left only in the history.
    const p = w.plain;
    const all = [...new Set([p.member.idNumber, p.member.phone, p.candidate.idNumber, p.company.phone, p.changedParty.before, ...p.phones.slice(0, 20), ...p.idNumbers.slice(0, 20)])];
    expect(foundIn(bytesOf(join(data, 'ledger.db')), all)).toEqual([]);
    expect(foundIn(bytesOf(join(data, 'ledger.db-wal')), all)).toEqual([]);
  },
};
