import { openLedgerApp } from '#core/app/ledger-app';
import { ageKeyFile, newAgeIdentity } from '#core/sync/age-crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageWithTerminal, backupEntries, PASSPHRASE } from './helpers/backup-fixtures';
import { mediatedCase, seedRegistry } from './helpers/dispute-fixtures';
import { bootstrappedLedger, changeCount, ok, tempDir, type TestLedger } from './helpers/temp-ledger';
import { testPorts, TEST_NOW } from './helpers/test-ports';

let t: TestLedger;
let usb: { dir: string; cleanup(): void };
let made: { file: string; recoveryFile: string | null; bytes: number; chainHeadSeq: number; records: number };
let recovery: { identity: string; recipient: string };
let document: { file: string };

beforeAll(async () => {
  t = await bootstrappedLedger();
  usb = tempDir('ledger-usb-');
  const reg = await seedRegistry(t.app, t.admin);
  const settled = await mediatedCase(t.app, t.admin, reg, { settled: '双方同意晚上十点后停止施工' });
  await ok(t.app, t.admin, 'disputes:create', { source: 'walk-in', receivedAt: '2026-11-21T09:30:00+08:00', estateId: reg.estateId, category: 'noise-neighbours', description: '楼上装修噪音', parties: [{ role: 'applicant', kind: 'person', name: '王芳' }, { role: 'respondent', kind: 'person', name: '赵磊' }] });
  // A generated document as the app leaves it: an owner-only .docx with a Chinese name under documents/.
  mkdirSync(join(t.dir, 'documents', 'disputes'), { recursive: true, mode: 0o700 });
  document = { file: join(t.dir, 'documents', 'disputes', `人民调解协议书-${settled.caseNo}.docx`) };
  writeFileSync(document.file, Buffer.from('PK\u0003\u0004 stand-in for a docx'), { mode: 0o600 });
  recovery = await newAgeIdentity();
  made = await ok(t.app, t.admin, 'backup:create', { directory: usb.dir, passphrase: PASSPHRASE, recoveryRecipient: recovery.recipient });
}, 60_000);
afterAll(async () => {
  await t.close();
  usb.cleanup();
});

describe('backup:create', () => {
  it('writes one owner-only file named by office, date and chain head, and nothing half-written', () => {
    expect(made.file.startsWith(usb.dir)).toBe(true);
    expect(made.file).toMatch(/\/backup-421202001-20261125-\d{6}-[0-9a-f]{12}\.age$/);
    expect(statSync(made.file).mode & 0o777).toBe(0o600);
    expect(statSync(made.file).size).toBe(made.bytes);
    expect(readdirSync(usb.dir).filter((n) => n.endsWith('.partial'))).toEqual([]);
    expect(made.chainHeadSeq).toBe(changeCount(t.app));
  });

  it('holds the manifest first, then the ledger copy, the key files and the anchor', async () => {
    const entries = await backupEntries(made.file);
    expect(entries[0]!.path).toBe('manifest.json');
    const paths = entries.map((e) => e.path);
    expect(paths).toContain('ledger.db');
    expect(paths).toContain('keys/office-signing-key');
    expect(paths).toContain('keys/pseudonym-key');
    // The generated agreement travels under its own (Chinese) name, byte for byte.
    const doc = entries.find((e) => e.path === `documents/${document.file.slice(join(t.dir, 'documents').length + 1)}`);
    expect(doc?.data.equals(readFileSync(document.file))).toBe(true);
    const manifest = JSON.parse(entries[0]!.data.toString('utf8'));
    expect(manifest.office.code).toBe('421202001');
    expect(manifest.chainHead.seq).toBe(made.chainHeadSeq);
    expect(manifest.counts.changes).toBe(made.chainHeadSeq);
    expect(manifest.counts.disputes).toBe(2);
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(paths.slice(1));
    // The copy is a standalone file (no WAL needed beside it).
    expect(entries.find((e) => e.path === 'ledger.db')!.data.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  });

  it('opens with Debian’s age and the passphrase typed at its terminal prompt', async () => {
    const out = join(usb.dir, 'plain.tar');
    const run = await ageWithTerminal(['-d', '-o', out, made.file], PASSPHRASE);
    expect(run.code).toBe(0);
    const listing = execFileSync('tar', ['-tf', out]).toString('utf8').split('\n');
    expect(listing[0]).toBe('manifest.json');
    expect(listing).toContain('ledger.db');
    expect(listing.some((l) => l.startsWith('documents/') && l.endsWith('.docx'))).toBe(true);
    const wrong = await ageWithTerminal(['-d', '-o', join(usb.dir, 'nope.tar'), made.file], 'not the passphrase');
    expect(wrong.code).not.toBe(0);
  }, 30_000);

  it('seals the passphrase to the recovery key, which age -d -i opens', () => {
    expect(made.recoveryFile).not.toBeNull();
    const keyFile = join(usb.dir, 'recovery.key');
    writeFileSync(keyFile, ageKeyFile(recovery.identity, recovery.recipient, new Date(TEST_NOW)), { mode: 0o600 });
    expect(execFileSync('age', ['-d', '-i', keyFile, made.recoveryFile!]).toString('utf8')).toBe(PASSPHRASE);
  });

  it('reports progress to the end', async () => {
    expect(await ok(t.app, t.admin, 'backup:progress', {})).toEqual({ running: false, phase: 'done', percent: 100 });
  });
});

describe('backup:verify (the restore drill)', () => {
  it('passes every check, records the drill, and leaves the live ledger as it was', async () => {
    const before = changeCount(t.app);
    const ledgerBytes = readFileSync(join(t.dir, 'ledger.db'));
    const report = await ok(t.app, t.admin, 'backup:verify', { file: made.file, passphrase: PASSPHRASE });
    expect(report.ok).toBe(true);
    expect(report.steps.map((s) => [s.check, s.ok])).toEqual([
      ['decrypt', true], ['manifest', true], ['files', true], ['counts', true], ['head', true], ['integrity', true], ['chain', true], ['records', true],
    ]);
    expect(report.summary).toContain('恢复演练通过');
    expect(report.recorded).toBe(true);
    expect(changeCount(t.app)).toBe(before);
    expect(readFileSync(join(t.dir, 'ledger.db')).equals(ledgerBytes)).toBe(true);
    const status = await ok(t.app, t.admin, 'backup:status', {});
    expect(status.lastVerified?.chainHeadSeq).toBe(made.chainHeadSeq);
    expect(status.lastCreated?.file).toBe(made.file);
    expect(status.reminder.due).toBe(false);
    expect(status.remindDays).toBe(7);
  });
});

describe('restore', () => {
  it('restores into an empty folder a ledger that opens, checks and holds the same records', async () => {
    const target = join(usb.dir, 'restored');
    const result = await ok(t.app, t.admin, 'backup:restore', { file: made.file, passphrase: PASSPHRASE, dataDir: target });
    expect(result.replacedTo).toBeNull();
    expect(statSync(target).mode & 0o777).toBe(0o700);
    expect(existsSync(join(target, 'manifest.json'))).toBe(false);
    const app = await openLedgerApp(target, testPorts('2026-11-26T06:00:00.000Z'), () => {});
    try {
      const check = await app.services.system.check();
      expect(check.problems).toEqual([]);
      expect(changeCount(app)).toBe(made.chainHeadSeq);
      const identity = await app.services.sync.sync.identity();
      expect(identity.fingerprint).toBe((await t.app.services.sync.sync.identity()).fingerprint);
    } finally {
      await app.close();
    }
  });

  it('refuses a non-empty folder without replace, then keeps the replaced one aside', async () => {
    const target = join(usb.dir, 'occupied');
    mkdirSync(target);
    writeFileSync(join(target, 'notes.txt'), 'keep me');
    const refused = await t.app.dispatch('backup:restore', { file: made.file, passphrase: PASSPHRASE, dataDir: target }, t.admin);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('不是空的');
    expect(readdirSync(target)).toEqual(['notes.txt']);
    const result = await ok(t.app, t.admin, 'backup:restore', { file: made.file, passphrase: PASSPHRASE, dataDir: target, replace: true });
    expect(result.replacedTo).toMatch(/occupied\.replaced-\d{8}-\d{6}$/);
    expect(readFileSync(join(result.replacedTo!, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(existsSync(join(target, 'ledger.db'))).toBe(true);
  });

  it('refuses the data folder in use', async () => {
    const refused = await t.app.dispatch('backup:restore', { file: made.file, passphrase: PASSPHRASE, dataDir: t.dir, replace: true }, t.admin);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('正在使用的数据文件夹');
  });
});
