import { openLedgerApp } from '#core/app/ledger-app';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake, seedRegistry } from './helpers/dispute-fixtures';
import { bootstrappedLedger, ok, tempDir, type TestLedger } from './helpers/temp-ledger';
import { testPorts } from './helpers/test-ports';

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

// The most permissive umask: every mode below must come from the app, not from the umask.
let previousUmask: number;
let t: TestLedger;
const out = tempDir('ledger-out-');
beforeAll(async () => {
  previousUmask = process.umask(0);
  t = await bootstrappedLedger();
  const reg = await seedRegistry(t.app, t.admin);
  await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId));
});
afterAll(async () => {
  await t.close();
  out.cleanup();
  process.umask(previousUmask);
});

describe.skipIf(process.platform === 'win32')('personal data at rest: owner-only files under umask 0', () => {
  it('makes the data dir 0700 and ledger.db, its WAL and shared-memory file 0600', () => {
    expect(modeOf(t.dir)).toBe('700');
    for (const f of ['ledger.db', 'ledger.db-wal', 'ledger.db-shm']) expect([f, modeOf(join(t.dir, f))]).toEqual([f, '600']);
  });

  it('writes the files it hands out 0600 (registration file, Excel export) and its own folders 0700', async () => {
    const file = join(out.dir, 'registration.json');
    await ok(t.app, t.admin, 'sync:write-registration', { file });
    expect(modeOf(file)).toBe('600');
    const xlsx = await ok(t.app, t.admin, 'disputes:export-ledger', {});
    expect(modeOf(xlsx.file)).toBe('600');
    for (const entry of readdirSync(t.dir, { withFileTypes: true })) {
      expect([entry.name, modeOf(join(t.dir, entry.name))]).toEqual([entry.name, entry.isDirectory() ? '700' : '600']);
    }
  });

  it('tightens a data dir and database left readable by an earlier version', async () => {
    const old = tempDir('ledger-old-');
    const first = await openLedgerApp(old.dir, testPorts(), () => {});
    await first.close();
    chmodSync(old.dir, 0o755);
    chmodSync(join(old.dir, 'ledger.db'), 0o644);
    const again = await openLedgerApp(old.dir, testPorts(), () => {});
    expect(modeOf(old.dir)).toBe('700');
    expect(modeOf(join(old.dir, 'ledger.db'))).toBe('600');
    await again.close();
    old.cleanup();
  });
});
