// Crash scenarios of backups (issue 12): a kill while a backup is written leaves no
// finished-looking file that is not a whole backup; a kill while a backup is restored
// over a data folder leaves the old ledger or the restored one, never neither.
import { openBackup } from '#core/backup/backup-open';
import { drillBackup } from '#core/backup/backup-drill';
import { APP_VERSION } from '#core/app/app-version';
import { openLedgerApp } from '#core/app/ledger-app';
import Sqlite from 'better-sqlite3';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { PASSPHRASE } from '../helpers/backup-fixtures';
import { seedRegistry } from '../helpers/dispute-fixtures';
import { bundled } from '../helpers/killable-cli';
import { ADMIN_PASSWORD, ok } from '../helpers/temp-ledger';
import { TEST_NOW, testPorts } from '../helpers/test-ports';
import { ledgerHolds, SYSTEM, type CrashScenario } from './crash-harness';

const cli = () => bundled('LEDGER_TEST_CLI');
const noDataDirEnv = { LEDGER_DATA_DIR: '' };

async function officeWith(dir: string, communities: number) {
  const app = await openLedgerApp(dir, testPorts(), () => {});
  await ok(app, { principal: null }, 'auth:bootstrap', { officeName: '温泉街道', divisionCode: '421202001', username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD });
  await seedRegistry(app, SYSTEM);
  for (let i = 0; i < communities; i++) await ok(app, SYSTEM, 'registry:create-community', { name: `第${i + 1}社区` });
  return app;
}

const communitiesIn = (dataDir: string): number => {
  const raw = new Sqlite(join(dataDir, 'ledger.db'), { readonly: true });
  try {
    return raw.prepare('SELECT count(*) FROM communities').pluck().get() as number;
  } finally {
    raw.close();
  }
};

/** Every file on the stick with a backup's finished name is a whole backup that passes the drill. */
async function finishedBackupsHold(usb: string): Promise<number> {
  const finished = readdirSync(usb).filter((n) => n.endsWith('.age'));
  for (const name of finished) {
    const opened = await openBackup(join(usb, name), PASSPHRASE, tmpdir());
    try {
      const report = await drillBackup(opened, { appVersion: APP_VERSION, clock: testPorts().clock });
      expect(report.ok, `${name}: ${report.summary}`).toBe(true);
    } finally {
      rmSync(opened.dir, { recursive: true, force: true });
    }
  }
  return finished.length;
}

export const backupCreate: CrashScenario<{ office: string; usb: string }, null> = {
  name: 'backup',
  async setUp(dir) {
    const office = dir('crash-backup-office-');
    const app = await officeWith(office, 30);
    await app.close();
    return { office, usb: dir('crash-backup-usb-') };
  },
  async round(w, i) {
    // Something new in every round, so each backup has its own chain head and name.
    const app = await openLedgerApp(w.office, testPorts(new Date(Date.parse(TEST_NOW) + (i + 1) * 3_600_000).toISOString()), () => {});
    await ok(app, SYSTEM, 'registry:create-community', { name: `新社区${i + 1}` });
    await app.close();
    return { round: null, script: cli(), args: ['--data-dir', w.office, 'backup', '--out', w.usb, '--passphrase-stdin'], options: { env: noDataDirEnv, input: `${PASSPHRASE}\n` } };
  },
  killWithinMs: [300, 9000], // a run takes 3–8 s here (scrypt, then the write): some rounds end, the others die at every step
  async verify(w) {
    await ledgerHolds(w.office); // opening removes a killed run's staging folder
    expect(readdirSync(w.office).filter((n) => n.startsWith('.backup-'))).toEqual([]);
    await finishedBackupsHold(w.usb);
  },
};

export const backupRestore: CrashScenario<{ dir: (p: string) => string; old: string; file: string; oldCount: number; newCount: number }, string> = {
  name: 'backup restore',
  async setUp(dir) {
    const old = dir('crash-restore-old-');
    const app = await officeWith(old, 2);
    await app.close();
    // The backup holds the same office later on: more communities than the folder it replaces.
    const later = dir('crash-restore-later-');
    cpSync(old, later, { recursive: true });
    const next = await openLedgerApp(later, testPorts('2026-11-26T06:00:00.000Z'), () => {});
    for (let i = 0; i < 5; i++) await ok(next, SYSTEM, 'registry:create-community', { name: `后来的社区${i + 1}` });
    const usb = dir('crash-restore-usb-');
    const made = await ok(next, SYSTEM, 'backup:create', { directory: usb, passphrase: PASSPHRASE });
    await next.close();
    return { dir, old, file: made.file, oldCount: communitiesIn(old), newCount: communitiesIn(later) };
  },
  async round(w) {
    const parent = w.dir('crash-restore-target-');
    const target = join(parent, 'data');
    cpSync(w.old, target, { recursive: true });
    return { round: target, script: cli(), args: ['backup', 'restore', w.file, '--data-dir', target, '--replace', '--passphrase-stdin'], options: { env: noDataDirEnv, input: `${PASSPHRASE}\n` } };
  },
  killWithinMs: [300, 9000],
  async verify(w, target) {
    // Opening the folder completes a swap the kill interrupted (finishInterruptedRestore), then checks it in full.
    await ledgerHolds(target);
    expect([w.oldCount, w.newCount]).toContain(communitiesIn(target));
  },
};
