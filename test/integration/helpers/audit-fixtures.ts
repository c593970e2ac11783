import { openLedgerApp, type LedgerApp } from '#core/app/ledger-app';
import { initCityKeys } from '#core/city/city-keys';
import { openCity, type CityService } from '#core/city/city.service';
import type { Session } from '#core/call-context';
import type Sqlite from 'better-sqlite3';
import { join } from 'node:path';
import { ADMIN_PASSWORD, ok, tempDir, type TestLedger } from './temp-ledger';
import { TEST_NOW, testPorts } from './test-ports';

/** A fixed instant for the city side, a few days after the office's test clock. */
export const CITY_NOW = new Date(Date.parse(TEST_NOW) + 5 * 86_400_000);

export type FixedLedger = TestLedger & {
  /** Closes the app and opens the data dir again, as the next start of the program would. */
  reopen(): Promise<LedgerApp>;
  /** Closes the app, runs `fn` (a CLI child, a raw SQLite edit) and opens the app again. */
  offline<T>(fn: () => Promise<T> | T): Promise<T>;
};

/**
 * A bootstrapped ledger in a temp dir on the test clock (no test here depends on
 * today's date) that can be closed and opened again like the program.
 */
export async function fixedLedger(): Promise<FixedLedger> {
  const { dir, cleanup } = tempDir('ledger-audit-');
  const ports = testPorts();
  const admin: Session = { principal: null };
  const t = {
    app: await openLedgerApp(dir, ports, () => {}),
    dir,
    admin,
    async reopen() {
      await t.app.close();
      t.app = await openLedgerApp(dir, ports, () => {});
      return t.app;
    },
    async offline<T>(fn: () => Promise<T> | T): Promise<T> {
      await t.app.close();
      try {
        return await fn();
      } finally {
        t.app = await openLedgerApp(dir, ports, () => {});
      }
    },
    close: async () => {
      await t.app.close();
      cleanup();
    },
  };
  await ok(t.app, admin, 'auth:bootstrap', { officeName: '温泉街道', divisionCode: '421202001', username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD });
  return t;
}

/** A city directory with keys, the office registered and the city's keys imported at the office. */
export async function cityFor(office: TestLedger): Promise<{ dir: string; usb: string; open(): Promise<CityService>; cleanup(): void }> {
  const city = tempDir('ledger-audit-city-');
  const usb = tempDir('ledger-audit-usb-');
  await initCityKeys(city.dir, CITY_NOW);
  const reg = join(usb.dir, 'registration.json');
  await ok(office.app, office.admin, 'sync:write-registration', { file: reg });
  const c = await openCity(city.dir, { now: () => CITY_NOW });
  await c.register(reg);
  await c.close();
  await ok(office.app, office.admin, 'sync:set-city-keys', { file: join(city.dir, 'city-public.json') });
  return {
    dir: city.dir,
    usb: usb.dir,
    open: () => openCity(city.dir, { now: () => CITY_NOW }),
    cleanup: () => {
      city.cleanup();
      usb.cleanup();
    },
  };
}

/** The newest change-log seq. */
export const headSeq = (raw: Sqlite.Database): number => (raw.prepare('SELECT coalesce(max(seq), 0) FROM changes').pluck().get() as number);
