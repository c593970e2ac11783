// A ledger.db with a page overwritten (a failing disk, a bad copy): `ledger check`
// must report it as the integrity failure it is, in the form of its other
// findings (检查未通过, what to do, exit 1), not die with a start-up error.
import { openSync, writeSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledger, ledgerWithInput, tempDirs } from './helpers/cli-runner';

const dir = tempDirs();

describe('ledger check on a damaged file', () => {
  it('reports a corrupted page as an integrity failure with what to do', async () => {
    const data = dir('ledger-corrupt-');
    expect((await ledgerWithInput('demo-password-1\n', '--data-dir', data, 'demo', '--seed', '2', '--password-stdin')).code).toBe(0);
    const file = join(data, 'ledger.db');
    const pages = statSync(file).size / 4096;
    expect(pages).toBeGreaterThan(10);
    // Garbage over every page but the first (the header and schema stay readable).
    const fd = openSync(file, 'r+');
    for (let page = 2; page < pages; page += 3) writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, page * 4096);
    closeSync(fd);
    const run = await ledger('--data-dir', data, 'check');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^检查未通过：\n.*数据库文件已损坏.*备份/m);
    expect(run.stderr).not.toMatch(/程序无法启动/);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false });
  });
});
