import { openLedgerApp } from '#core/app/ledger-app';
import Sqlite from 'better-sqlite3';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE } from './helpers/backup-fixtures';
import { tempDirs } from './helpers/cli-runner';
import { KILL_AT_RENAME, ledgerChild } from './helpers/killable-cli';
import { ADMIN_PASSWORD, ok } from './helpers/temp-ledger';
import { testPorts } from './helpers/test-ports';

const dir = tempDirs();
const SYSTEM = { principal: { actor: 'cli:test', role: 'system' as const, operatorId: null } };

async function office(data: string, communities: number) {
  const app = await openLedgerApp(data, testPorts(), () => {});
  await ok(app, { principal: null }, 'auth:bootstrap', { officeName: '温泉街道', divisionCode: '421202001', username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD });
  for (let i = 0; i < communities; i++) await ok(app, SYSTEM, 'registry:create-community', { name: `第${i + 1}社区` });
  return app;
}

const communities = (data: string) => {
  const raw = new Sqlite(join(data, 'ledger.db'), { readonly: true });
  try {
    return raw.prepare('SELECT count(*) FROM communities').pluck().get() as number;
  } finally {
    raw.close();
  }
};

// Single kills at the exact steps a random kill rarely hits (the crash harness has the random ones).
describe('a backup or restore killed at its renames', () => {
  it('killed just before the backup takes its name: no finished file, only its .partial', async () => {
    const [data, usb] = [dir('ledger-office-'), dir('ledger-usb-')];
    await (await office(data, 1)).close();
    const run = ledgerChild(['--data-dir', data, 'backup', '--out', usb, '--passphrase-stdin'], { preload: KILL_AT_RENAME, env: { LEDGER_TEST_KILL_AT_RENAME: '.age', LEDGER_TEST_KILL_WHEN: 'before' }, input: `${PASSPHRASE}\n` });
    const exit = await run.exited;
    expect(exit.signal).toBe('SIGKILL');
    expect(readdirSync(usb).filter((n) => n.endsWith('.age'))).toEqual([]);
    expect(readdirSync(usb).filter((n) => n.endsWith('.age.partial'))).toHaveLength(1);
  }, 60_000);

  it('killed between setting the old folder aside and moving the restored one in: the next open finishes the swap', async () => {
    const [old, later, usb, parent] = [dir('ledger-old-'), dir('ledger-later-'), dir('ledger-usb-'), dir('ledger-target-')];
    await (await office(old, 1)).close();
    // The same office later on, with three more communities.
    cpSync(old, later, { recursive: true });
    const next = await openLedgerApp(later, testPorts('2026-11-26T06:00:00.000Z'), () => {});
    for (let i = 0; i < 3; i++) await ok(next, SYSTEM, 'registry:create-community', { name: `后来的社区${i + 1}` });
    const made = await ok(next, SYSTEM, 'backup:create', { directory: usb, passphrase: PASSPHRASE });
    await next.close();
    const target = join(parent, 'data');
    cpSync(old, target, { recursive: true });
    const run = ledgerChild(['backup', 'restore', made.file, '--data-dir', target, '--replace', '--passphrase-stdin'], { preload: KILL_AT_RENAME, env: { LEDGER_TEST_KILL_AT_RENAME: '.replaced-', LEDGER_TEST_KILL_WHEN: 'after' }, input: `${PASSPHRASE}\n` });
    const exit = await run.exited;
    expect(exit.signal, exit.stderr).toBe('SIGKILL');
    expect(existsSync(target)).toBe(false); // the kill landed in the window
    expect(readdirSync(parent).some((n) => n.startsWith('data.replaced-'))).toBe(true);
    const app = await openLedgerApp(target, testPorts('2026-11-27T06:00:00.000Z'), () => {});
    try {
      expect((await app.services.system.check()).problems).toEqual([]);
    } finally {
      await app.close();
    }
    expect(communities(target)).toBe(4);
    expect(readdirSync(parent).filter((n) => n.includes('restore'))).toEqual([]);
  }, 60_000);
});
