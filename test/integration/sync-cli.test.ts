import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedgerApp, type LedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { ledger, tempDirs } from './helpers/cli-runner';
import { ADMIN_PASSWORD, ok } from './helpers/temp-ledger';
import { testPorts } from './helpers/test-ports';

const dir = tempDirs();
const SYSTEM: Session = { principal: { actor: 'cli:test', role: 'system', operatorId: null } };

/** A bootstrapped office ledger in `dataDir` with one community, opened with the test clock. */
async function officeLedger(dataDir: string): Promise<LedgerApp> {
  const app = await openLedgerApp(dataDir, testPorts(), () => {});
  await ok(app, { principal: null }, 'auth:bootstrap', { officeName: '温泉街道', divisionCode: '421202001', username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD });
  await ok(app, SYSTEM, 'registry:create-community', { name: '温泉社区' });
  return app;
}

/** Opens the office ledger for one in-process step and closes it before the next CLI command. */
async function inProcess<T>(dataDir: string, step: (app: LedgerApp, admin: Session) => Promise<T>): Promise<T> {
  const app = await openLedgerApp(dataDir, testPorts(), () => {});
  try {
    return await step(app, SYSTEM);
  } finally {
    await app.close();
  }
}

describe('sync from the command line, office and city', () => {
  it('init, registration, register, export, import (one line per file, exit 1 on a rejection), status, receipt', async () => {
    const [office, city, usb] = [dir('ledger-office-'), dir('ledger-city-'), dir('ledger-usb-')];
    // The office is set up in-process (the demo and `call` commands have their own tests):
    // each child process costs seconds on a busy machine, so only the sync commands run as one.
    const officeApp = await officeLedger(office);
    await officeApp.close();
    const init = await ledger('city', '--data-dir', city, 'init');
    expect(init.code).toBe(0);
    expect(readdirSync(city)).toEqual(expect.arrayContaining(['city-public.json', 'city-recovery.key', 'city-signing.key', 'city.db', 'city.key']));
    expect((await ledger('city', '--data-dir', city, 'init')).code).not.toBe(0);

    const reg = join(usb, 'registration.json');
    expect((await ledger('--data-dir', office, 'sync', 'registration', '--out', reg)).code).toBe(0);
    const registered = await ledger('city', '--data-dir', city, 'register', reg);
    expect(registered.stdout).toMatch(/已登记：421202001 温泉街道\n公钥指纹：([0-9a-f]{4} ){15}[0-9a-f]{4}/);

    await inProcess(office, (app, admin) => ok(app, admin, 'sync:set-city-keys', { file: join(city, 'city-public.json') }));
    const exported = await ledger('--data-dir', office, 'sync', 'export', '--out', usb);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/100% 完成/);
    const file = (JSON.parse(exported.stdout) as { file: string }).file;

    const junk = join(usb, 'junk.ledger.age');
    writeFileSync(junk, 'not a bundle');
    const imported = await ledger('city', '--data-dir', city, 'import', file, file, junk);
    expect(imported.code).toBe(1);
    const lines = imported.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^imported .*421202001-\d{4}Q\d-1\.ledger\.age：街道 421202001 第 1 号，\d+ 条记录$/);
    expect(lines[1]).toMatch(/^already-imported /);
    expect(lines[2]).toMatch(/^rejected .*junk\.ledger\.age：无法解密/);
    expect((await ledger('city', '--data-dir', city, 'import', file)).code).toBe(0);

    const status = JSON.parse((await ledger('city', '--data-dir', city, 'status')).stdout) as { offices: { code: string; lastSeq: number; missing: number[]; held: unknown[] }[] };
    expect(status.offices).toEqual([expect.objectContaining({ code: '421202001', lastSeq: 1, missing: [], held: [] })]);

    const receipt = join(usb, 'receipt.json');
    expect((await ledger('city', '--data-dir', city, 'receipt', '421202001', '--out', receipt)).code).toBe(0);
    const confirmed = await inProcess(office, (app, admin) => ok(app, admin, 'sync:import-receipt', { file: receipt }));
    expect(confirmed).toMatchObject({ confirmed: [1] });
  });

  it('city commands need --data-dir and say so in one line', async () => {
    const run = await ledger('city', 'status');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/必须用 --data-dir/);
  });
});
