import { APP_VERSION } from '#core/app/app-version';
import { createBackupService } from '#core/backup/backup.service';
import { trustedPathPolicy } from '#core/files/user-paths';
import { createDispatch } from '#core/rpc/dispatch';
import { createHandlers } from '#core/rpc/handlers';
import { fileSecretStore } from '#core/sync/file-secret-store';
import { newAgeIdentity } from '#core/sync/age-crypto';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import Sqlite from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupEntries, PASSPHRASE, writeBackupFile } from './helpers/backup-fixtures';
import { seedRegistry } from './helpers/dispute-fixtures';
import { bootstrappedLedger, changeCount, ok, tempDir, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
let other: TestLedger;
let usb: { dir: string; cleanup(): void };
let good: string;
let othersBackup: string;

beforeAll(async () => {
  t = await bootstrappedLedger();
  await seedRegistry(t.app, t.admin);
  usb = tempDir('ledger-usb-');
  good = (await ok(t.app, t.admin, 'backup:create', { directory: usb.dir, passphrase: PASSPHRASE })).file;
  // Another office (another division code and office id) with its own backup.
  other = await bootstrappedLedger();
  await ok(other.app, other.admin, 'registry:update-office', { version: 1, name: '浮山街道', divisionCode: '421202002' });
  othersBackup = (await ok(other.app, other.admin, 'backup:create', { directory: usb.dir, passphrase: PASSPHRASE })).file;
}, 60_000);
afterAll(async () => {
  await t.close();
  await other.close();
  usb.cleanup();
});

/** What must not change when a backup is refused: the live ledger's bytes and log, the backup status, the USB folder's listing. */
function snapshot() {
  return {
    changes: changeCount(t.app),
    ledger: createHash('sha256').update(readFileSync(join(t.dir, 'ledger.db'))).digest('hex'),
    status: existsSync(join(t.dir, 'backup-status.json')) ? readFileSync(join(t.dir, 'backup-status.json'), 'utf8') : null,
    usb: readdirSync(usb.dir).sort(),
  };
}

async function refusedVerify(file: string, passphrase = PASSPHRASE) {
  const before = snapshot();
  const result = await t.app.dispatch('backup:verify', { file, passphrase }, t.admin);
  expect(snapshot()).toEqual(before);
  if (result.ok) throw new Error('verify passed');
  return result.error;
}

const forged = async (name: string, change: (entries: { path: string; data: Buffer }[]) => void) => {
  const entries = await backupEntries(good);
  change(entries);
  const file = join(usb.dir, name);
  await writeBackupFile(file, entries);
  return file;
};
type ManifestJson = { counts: Record<string, number>; chainHead: { seq: number }; schemaVersion: number };
const editManifest = (edit: (m: ManifestJson) => void) => (entries: { path: string; data: Buffer }[]) => {
  const m = JSON.parse(entries[0]!.data.toString('utf8')) as ManifestJson;
  edit(m);
  entries[0]!.data = Buffer.from(JSON.stringify(m));
};

describe('a backup file that is not what it should be is refused in Chinese, and nothing changes', () => {
  it('truncated mid-payload', async () => {
    const bytes = readFileSync(good);
    const file = join(usb.dir, 'truncated.age');
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const error = await refusedVerify(file);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('「备份文件」不完整或已损坏（加密内容校验失败，可能只复制了一部分）。请换一份备份，或从原U盘重新复制。');
    expect(error.issues?.[0]?.path).toEqual(['file']);
  });

  it('truncated inside the header', async () => {
    const file = join(usb.dir, 'header-only.age');
    writeFileSync(file, readFileSync(good).subarray(0, 60));
    expect((await refusedVerify(file)).message).toContain('不完整或已损坏');
  });

  it('not age at all', async () => {
    const file = join(usb.dir, 'notes.age');
    writeFileSync(file, '这不是备份\n');
    expect((await refusedVerify(file)).message).toBe('「备份文件」不是台账备份文件（不是 age 加密格式）。请选择“backup-…age”备份文件。');
  });

  it('encrypted to someone’s key instead of a passphrase', async () => {
    const someone = await newAgeIdentity();
    const file = join(usb.dir, 'to-a-key.age');
    writeFileSync(file, execFileSync('age', ['-r', someone.recipient], { input: readFileSync(good) }));
    expect((await refusedVerify(file)).message).toContain('是加密给某个密钥的文件');
  });

  it('the wrong passphrase, naming the passphrase field', async () => {
    const error = await refusedVerify(good, '另一句口令另一句口令');
    expect(error.message).toContain('「备份口令」不对');
    expect(error.issues?.[0]?.path).toEqual(['passphrase']);
  });

  it('a FIFO in place of a file does not hang the drill', async () => {
    const fifo = join(usb.dir, 'pipe.age');
    execFileSync('mkfifo', [fifo]);
    expect((await refusedVerify(fifo)).message).toBe('「备份文件」不是普通文件。');
  });

  it('a file whose bytes differ from what the manifest lists', async () => {
    const file = await forged('swapped-key.age', (entries) => {
      entries.find((e) => e.path === 'keys/pseudonym-key')!.data = Buffer.alloc(32, 7);
    });
    expect((await refusedVerify(file)).message).toContain('「keys/pseudonym-key」与备份清单记载的大小或校验值不符');
  });

  it('a manifest that lies about the record counts: the drill fails on the counts, and nothing is recorded', async () => {
    const file = await forged('lying-counts.age', editManifest((m) => (m.counts.estates = m.counts.estates! + 1)));
    const before = snapshot();
    const report = await ok(t.app, t.admin, 'backup:verify', { file, passphrase: PASSPHRASE });
    expect(snapshot()).toEqual(before);
    expect(report.ok).toBe(false);
    expect(report.recorded).toBe(false);
    expect(report.steps.find((s) => s.check === 'counts')).toMatchObject({ ok: false, message: '「estates」清单记 3，实有 2：清单与内容不符，这份备份不可信。' });
    expect(report.summary).toContain('恢复演练未通过（各表记录数与清单一致）');
  });

  it('a manifest that lies about the chain head', async () => {
    const file = await forged('lying-head.age', editManifest((m) => (m.chainHead.seq += 5)));
    const report = await ok(t.app, t.admin, 'backup:verify', { file, passphrase: PASSPHRASE });
    expect(report.steps.find((s) => s.check === 'head')?.ok).toBe(false);
    const target = join(usb.dir, 'restore-lying');
    const restore = await t.app.dispatch('backup:restore', { file, passphrase: PASSPHRASE, dataDir: target }, t.admin);
    expect(restore.ok).toBe(false);
    expect(existsSync(target)).toBe(false);
  });

  it('a ledger edited behind the program’s back, manifest rehashed to match: the drill’s own ledger check finds the row', async () => {
    const file = await forged('doctored-row.age', (entries) => {
      const db = entries.find((e) => e.path === 'ledger.db')!;
      const scratch = join(usb.dir, 'scratch.db');
      writeFileSync(scratch, db.data);
      const raw = new Sqlite(scratch);
      raw.prepare('UPDATE estates SET households = households + 1').run();
      raw.close();
      db.data = readFileSync(scratch);
      rmSync(scratch);
      const m = JSON.parse(entries[0]!.data.toString('utf8')) as { files: { path: string; bytes: number; sha256: string }[] };
      const listed = m.files.find((f) => f.path === 'ledger.db')!;
      listed.bytes = db.data.length;
      listed.sha256 = createHash('sha256').update(db.data).digest('hex');
      entries[0]!.data = Buffer.from(JSON.stringify(m));
    });
    const before = snapshot();
    const report = await ok(t.app, t.admin, 'backup:verify', { file, passphrase: PASSPHRASE });
    expect(snapshot()).toEqual(before);
    expect(report.steps.filter((s) => !s.ok).map((s) => s.check)).toEqual(['records']);
    expect(report.steps.find((s) => s.check === 'records')?.message).toMatch(/^有 2 条记录与变更记录不符，例如：小区（estates）记录 \S+ 的「户数」（households）与第 \d+ 条变更记录不一致/);
    expect(report.recorded).toBe(false);
  });

  it('a backup from a newer version (from-future)', async () => {
    const file = await forged('future.age', editManifest((m) => (m.schemaVersion = 9999)));
    const error = await refusedVerify(file);
    expect(error.code).toBe('from-future');
    expect(error.message).toContain('请先安装最新版本的台账程序');
  });
});

describe('another office’s backup', () => {
  it('the drill says whose it is and does not count it', async () => {
    const before = snapshot();
    const report = await ok(t.app, t.admin, 'backup:verify', { file: othersBackup, passphrase: PASSPHRASE });
    expect(snapshot()).toEqual(before);
    expect(report.ok).toBe(true);
    expect(report.otherOffice).toBe(true);
    expect(report.recorded).toBe(false);
    expect(report.summary).toContain('这是「浮山街道」（421202002）的备份，不是本街道的');
  });

  it('is not restored over this office’s ledger unless confirmed', async () => {
    const target = join(usb.dir, 'ours');
    await ok(t.app, t.admin, 'backup:restore', { file: good, passphrase: PASSPHRASE, dataDir: target });
    const before = readdirSync(target).sort();
    const refused = await t.app.dispatch('backup:restore', { file: othersBackup, passphrase: PASSPHRASE, dataDir: target, replace: true }, t.admin);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('这份备份属于「浮山街道」（421202002），而数据文件夹里是「温泉街道」（421202001）的台账');
    expect(readdirSync(target).sort()).toEqual(before);
    expect(readdirSync(usb.dir).filter((n) => n.startsWith('ours.replaced-'))).toEqual([]);
    const confirmed = await ok(t.app, t.admin, 'backup:restore', { file: othersBackup, passphrase: PASSPHRASE, dataDir: target, replace: true, otherOffice: true });
    expect(confirmed.replacedTo).not.toBeNull();
  });
});

describe('making a backup where it cannot be written', () => {
  it('a weak passphrase is refused naming the field', async () => {
    const result = await t.app.dispatch('backup:create', { directory: usb.dir, passphrase: '123456' }, t.admin);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe('「备份口令」备份口令至少 10 个字符（可以用一句好记的话）');
  });

  it('a folder that is missing, or a file in place of a folder', async () => {
    const before = snapshot();
    const missing = await t.app.dispatch('backup:create', { directory: join(usb.dir, 'no-such'), passphrase: PASSPHRASE }, t.admin);
    const file = await t.app.dispatch('backup:create', { directory: good, passphrase: PASSPHRASE }, t.admin);
    expect(snapshot()).toEqual(before);
    expect(missing.ok || file.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('target-unwritable');
    if (!file.ok) expect(file.error.message).toContain('不是文件夹');
  });

  it('a stick that fills up part-way (a write limit in our writer): no file, no .partial, one sentence', async () => {
    const full = join(usb.dir, 'full-stick');
    mkdirSync(full);
    const services = t.app.services;
    const backup = createBackupService({ db: t.app.ledger.db, ledger: t.app.ledger, ports: { clock: { now: () => new Date('2026-11-25T08:00:00Z') }, ids: { next: () => 'x' } }, dataDir: t.dir, secrets: fileSecretStore(t.dir), appVersion: APP_VERSION, paths: trustedPathPolicy(), prefs: services.prefs, writeLimitBytes: 100_000 });
    const dispatch = createDispatch(createHandlers({ ...services, backup }), () => {});
    const before = snapshot();
    const result = await dispatch('backup:create', { directory: full, passphrase: PASSPHRASE }, t.admin);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('target-unwritable');
      expect(result.error.message).toMatch(/^「.*full-stick」所在磁盘空间不足，需要约 \d+ MB。请清理空间或换一个U盘后重试。台账未改动。$/);
    }
    expect(readdirSync(full)).toEqual([]);
    expect(snapshot()).toEqual(before);
  });
});
