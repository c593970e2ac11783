import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedgerApp } from '#core/app/ledger-app';
import { ledger, ledgerWithInput, tempDirs } from './helpers/cli-runner';
import { PASSPHRASE } from './helpers/backup-fixtures';
import { ADMIN_PASSWORD, ok } from './helpers/temp-ledger';
import { testPorts } from './helpers/test-ports';

const dir = tempDirs();

describe('backups from the command line', () => {
  it('backup --out, verify, restore (refusing a non-empty folder without --replace); the passphrase never as an argument', async () => {
    const [office, usb, spare] = [dir('ledger-office-'), dir('ledger-usb-'), dir('ledger-spare-')];
    // The office is set up in-process: each child process costs seconds on a busy machine.
    const app = await openLedgerApp(office, testPorts(), () => {});
    await ok(app, { principal: null }, 'auth:bootstrap', { officeName: '温泉街道', divisionCode: '421202001', username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD });
    await app.close();

    const onArgv = await ledger('--data-dir', office, 'backup', '--out', usb, '--passphrase', PASSPHRASE);
    expect(onArgv.code).toBe(2);
    expect(onArgv.stderr).toContain('备份口令不能写在命令行上');
    expect(readdirSync(usb)).toEqual([]);

    const made = await ledgerWithInput(`${PASSPHRASE}\n`, '--data-dir', office, 'backup', '--out', usb, '--passphrase-stdin');
    expect(made.code).toBe(0);
    expect(made.stderr).toMatch(/制作备份 \[#{30}\] 100% 已完成/);
    const file = (JSON.parse(made.stdout) as { file: string }).file;
    expect(readdirSync(usb)).toEqual([file.slice(usb.length + 1)]);

    const verified = await ledgerWithInput(`${PASSPHRASE}\n`, '--data-dir', office, 'backup', 'verify', file, '--passphrase-stdin');
    expect(verified.code).toBe(0);
    expect(verified.stderr).toContain('✓ 数据与变更记录一致');
    expect(verified.stderr).toContain('恢复演练通过');
    const wrong = await ledgerWithInput('另一句口令另一句口令\n', '--data-dir', office, 'backup', 'verify', file, '--passphrase-stdin');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('「备份口令」不对');

    // A drill on a spare PC with no ledger: nothing is created there.
    const drill = await ledgerWithInput(`${PASSPHRASE}\n`, '--data-dir', join(spare, 'none'), 'backup', 'verify', file, '--passphrase-stdin');
    expect(drill.code).toBe(0);
    expect(existsSync(join(spare, 'none'))).toBe(false);

    const target = join(spare, 'restored');
    const restored = await ledgerWithInput(`${PASSPHRASE}\n`, 'backup', 'restore', file, '--data-dir', target, '--passphrase-stdin');
    expect(restored.code).toBe(0);
    expect((await ledger('--data-dir', target, 'check')).code).toBe(0);

    const busy = join(spare, 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'ledger.db'), '');
    const refused = await ledgerWithInput(`${PASSPHRASE}\n`, 'backup', 'restore', file, '--data-dir', busy, '--passphrase-stdin');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('不是空的');
    expect(readdirSync(busy)).toEqual(['ledger.db']);
    const replaced = await ledgerWithInput(`${PASSPHRASE}\n`, 'backup', 'restore', file, '--data-dir', busy, '--replace', '--passphrase-stdin');
    expect(replaced.code).toBe(0);
    expect(readdirSync(spare).some((n) => n.startsWith('busy.replaced-'))).toBe(true);
  }, 120_000);
});
