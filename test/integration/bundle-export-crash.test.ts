import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedgerApp, type LedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { initCityKeys } from '#core/city/city-keys';
import { openCity } from '#core/city/city.service';
import { sha256Hex } from '#core/changes/change-hash';
import { tempDirs } from './helpers/cli-runner';
import { KILL_AT_RENAME, ledgerChild } from './helpers/killable-cli';
import { ADMIN_PASSWORD, ok } from './helpers/temp-ledger';
import { TEST_NOW, testPorts } from './helpers/test-ports';

const dir = tempDirs();
const SYSTEM: Session = { principal: { actor: 'cli:test', role: 'system', operatorId: null } };

/** An office ready to export (city keys imported, registered at the city); closed again. */
async function officeAndCity(): Promise<{ office: string; city: string; usb: string }> {
  const [office, city, usb] = [dir('ledger-office-'), dir('ledger-city-'), dir('ledger-usb-')];
  const app = await openLedgerApp(office, testPorts(), () => {});
  await ok(app, { principal: null }, 'auth:bootstrap', { officeName: '温泉街道', divisionCode: '421202001', username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD });
  await ok(app, SYSTEM, 'registry:create-community', { name: '温泉社区' });
  await initCityKeys(city, new Date(TEST_NOW));
  const reg = join(office, 'registration.json');
  await ok(app, SYSTEM, 'sync:write-registration', { file: reg });
  const c = await openCity(city);
  await c.register(reg);
  await c.close();
  await ok(app, SYSTEM, 'sync:set-city-keys', { file: join(city, 'city-public.json') });
  await app.close();
  return { office, city, usb };
}

const recorded = (app: LedgerApp) => app.ledger.raw.prepare('SELECT seq, file_name, file_sha256 FROM bundles ORDER BY seq').all() as { seq: number; file_name: string; file_sha256: string }[];
const finished = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.ledger.age'));

async function killedExport(office: string, usb: string, at: string, when: 'before' | 'after') {
  const run = ledgerChild(['--data-dir', office, 'sync', 'export', '--out', usb], { preload: KILL_AT_RENAME, env: { LEDGER_TEST_KILL_AT_RENAME: at, LEDGER_TEST_KILL_WHEN: when } });
  const exit = await run.exited;
  expect(exit.signal).toBe('SIGKILL');
}

describe('a bundle export killed at its last steps', () => {
  it('killed just after the bundle lands on the stick: the office has recorded it (commit first, rename after)', async () => {
    const { office, city, usb } = await officeAndCity();
    await killedExport(office, usb, usb, 'after');
    expect(finished(usb)).toHaveLength(1);
    const app = await openLedgerApp(office, testPorts(), () => {});
    try {
      // Every finished bundle on the stick is one the office knows, byte for byte.
      const known = recorded(app);
      for (const name of finished(usb)) expect(known.map((b) => [b.file_name, b.file_sha256])).toContainEqual([name, sha256Hex(readFileSync(join(usb, name)))]);
      // So the next export is seq 2 and the city takes both in order.
      const next = await ok(app, SYSTEM, 'sync:export-bundle', { directory: usb, privacy: 'pseudonymous' });
      expect(next.seq).toBe(2);
      const c = await openCity(city);
      try {
        // In the order the office numbered them (a name's quarter follows the clock, which differs between the CLI child and this test).
        const outcomes = await c.importFiles(recorded(app).map((b) => join(usb, b.file_name)));
        expect(outcomes.map((o) => [o.status, 'seq' in o ? o.seq : null])).toEqual([['imported', 1], ['imported', 2]]);
      } finally {
        await c.close();
      }
    } finally {
      await app.close();
    }
  });

  it('killed before the kept copy is renamed: the next start finishes it, and 重写 puts it on the stick', async () => {
    const { office, usb } = await officeAndCity();
    await killedExport(office, usb, join(office, 'bundles'), 'before');
    expect(readdirSync(join(office, 'bundles'))).toEqual([expect.stringMatching(/\.ledger\.age\.partial$/)]);
    const app = await openLedgerApp(office, testPorts(), () => {});
    try {
      const [bundle] = recorded(app);
      expect(bundle?.seq).toBe(1);
      expect(readdirSync(join(office, 'bundles'))).toEqual([bundle!.file_name]);
      expect(sha256Hex(readFileSync(join(office, 'bundles', bundle!.file_name)))).toBe(bundle!.file_sha256);
      expect(finished(usb)).toEqual([]);
      await ok(app, SYSTEM, 'sync:rewrite-bundle', { seq: 1, directory: usb });
      expect(existsSync(join(usb, bundle!.file_name))).toBe(true);
    } finally {
      await app.close();
    }
  });
});
