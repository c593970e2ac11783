import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fieldCipher } from '#core/fieldcrypt/field-cipher';
import { openRowWith as openRow } from '#core/fieldcrypt/field-codec';
import { ledger, ledgerWithInput, tempDirs } from './helpers/cli-runner';

const tempDir = tempDirs();
const dataDir = () => tempDir('ledger-cli-');

describe('the ledger CLI', () => {
  it('lists every channel with its input JSON Schema', async () => {
    const run = await ledger('channels');
    expect(run.code).toBe(0);
    const channels = JSON.parse(run.stdout) as { channel: string; input: { properties?: Record<string, unknown> } }[];
    const company = channels.find((c) => c.channel === 'registry:create-company');
    expect(Object.keys(company?.input.properties ?? {})).toEqual(['name', 'creditCode', 'contactName', 'phone']);
  });

  it('fills a deterministic demo set and calls channels as cli:<user>', async () => {
    const [a, b] = [dataDir(), dataDir()];
    expect((await ledgerWithInput('demo-password-1\n', '--data-dir', a, 'demo', '--seed', '42', '--password-stdin')).code).toBe(0);
    expect((await ledgerWithInput('demo-password-1\n', '--data-dir', b, 'demo', '--seed', '42', '--password-stdin')).code).toBe(0);
    // Phone and ID numbers are sealed under each ledger's own random key with random
    // nonces: compared opened; the keyed ID-number hashes and the entry hashes taken
    // over the ciphertexts are left out.
    const dump = (dir: string) => {
      const cipher = fieldCipher(readFileSync(join(dir, 'keys', 'field-key')), dir);
      const openRowWith = (c: typeof cipher, table: string, row: Record<string, unknown>) => {
        const { id_number_hash: _k, ...rest } = openRow(c, table, row);
        return rest;
      };
      const db = new Sqlite(join(dir, 'ledger.db'), { readonly: true });
      const out = ['offices', 'communities', 'companies', 'estates', 'staff', 'changes'].map((t) =>
        (db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all() as Record<string, unknown>[]).map((r) => {
          if (t !== 'changes') return openRowWith(cipher, t, r);
          const { payload_hash: _p, prev_hash: _v, hash: _h, ...rest } = r;
          return { ...rest, payload: openRowWith(cipher, r.entity as string, JSON.parse(r.payload as string)) };
        }),
      );
      db.close();
      return JSON.stringify(out);
    };
    expect(dump(a)).toContain('"phone":"1'); // the companies' phones, opened
    expect(dump(a)).toBe(dump(b));
    // A plain demo brings a few hundred cases over the last half year, open and closed.
    const demoDb = new Sqlite(join(a, 'ledger.db'), { readonly: true });
    const cases = demoDb.prepare('SELECT count(*) AS n, count(DISTINCT status) AS statuses, count(DISTINCT substr(received_at, 1, 7)) AS months FROM disputes').get() as { n: number; statuses: number; months: number };
    demoDb.close();
    expect(cases.n).toBe(300);
    expect(cases.statuses).toBeGreaterThanOrEqual(5);
    expect(cases.months).toBeGreaterThanOrEqual(6);
    const list = await ledger('--data-dir', a, 'call', 'registry:list-estates', '{"search":"紫竹"}');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ name: '锦湖紫竹苑' })]);
    const created = await ledger('--data-dir', a, 'call', 'registry:create-community', '{"name":"浮山社区"}');
    expect(created.code).toBe(0);
    const db = new Sqlite(join(a, 'ledger.db'), { readonly: true });
    const actor = (db.prepare('SELECT actor FROM changes ORDER BY seq DESC LIMIT 1').get() as { actor: string }).actor;
    db.close();
    expect(actor).toMatch(/^cli:/);
    const asMediator = await ledger('--data-dir', a, '--as', 'tiaojie1', 'call', 'registry:create-community', '{"name":"永安社区"}');
    expect(asMediator.code).toBe(1);
    expect(JSON.parse(asMediator.stdout)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('adds bulk demo cases with a chained change log, the same for the same seed', async () => {
    const [a, b] = [dataDir(), dataDir()];
    for (const dir of [a, b]) {
      const run = await ledgerWithInput('demo-password-1', '--data-dir', dir, 'demo', '--seed', '5', '--password-stdin', '--disputes', '400');
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/400\/400/);
    }
    const dump = (dir: string) => {
      const db = new Sqlite(join(dir, 'ledger.db'), { readonly: true });
      const out = db.prepare('SELECT case_no, status, category, description, received_at, next_due_at FROM disputes ORDER BY case_year, case_seq').all();
      db.close();
      return out;
    };
    expect(dump(a)).toHaveLength(400);
    expect(dump(a)).toEqual(dump(b));
    expect((await ledger('--data-dir', a, 'check')).code).toBe(0);
    const list = await ledger('--data-dir', a, 'call', 'disputes:list', '{"search":"漏水","offset":0,"limit":5}');
    expect(JSON.parse(list.stdout).rows.length).toBeGreaterThan(0);
    const again = await ledger('--data-dir', a, 'demo', '--disputes', '10');
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/已有纠纷案件/);
  });

  it('prints the error envelope and exits 1 on bad input, malformed JSON and unknown channels', async () => {
    const dir = dataDir();
    const bad = await ledger('--data-dir', dir, 'call', 'registry:create-company', '{"name":"x","creditCode":"91350100M000100Y42"}');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: ['creditCode'] }] } });
    const malformed = await ledger('--data-dir', dir, 'call', 'registry:list-estates', '{oops');
    expect(malformed.code).toBe(1);
    expect(malformed.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(malformed.stdout).error.message).toMatch(/不是有效的 JSON/);
    const unknown = await ledger('--data-dir', dir, 'call', 'registry:nope', '{}');
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout).error.code).toBe('not-found');
  });

  it('gives one clear line, no stack trace, for a bad data dir or a file that is not SQLite', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'blocker'), 'x');
    const unwritable = await ledger('--data-dir', join(dir, 'blocker', 'sub'), 'check');
    expect(unwritable.code).not.toBe(0);
    expect(unwritable.stderr.trim().split('\n')).toHaveLength(1);
    expect(unwritable.stderr).toMatch(/数据目录无法写入/);
    const notDb = dataDir();
    writeFileSync(join(notDb, 'ledger.db'), '姓名,电话\n张三,13800000000\n');
    const refused = await ledger('--data-dir', notDb, 'call', 'registry:list-estates', '{}');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(readFileSync(join(notDb, 'ledger.db'), 'utf8')).toBe('姓名,电话\n张三,13800000000\n');
    expect(existsSync(join(notDb, 'ledger.db-wal'))).toBe(false);
  });

  it('check passes on a healthy ledger and names the first broken entry', async () => {
    const dir = dataDir();
    await ledgerWithInput('demo-password-1', '--data-dir', dir, 'demo', '--seed', '3', '--password-stdin');
    const healthy = await ledger('--data-dir', dir, 'check');
    expect(healthy.code).toBe(0);
    expect(JSON.parse(healthy.stdout)).toMatchObject({ integrity: 'ok', chainOk: true });
    const db = new Sqlite(join(dir, 'ledger.db'));
    db.prepare("UPDATE changes SET payload = payload || ' ' WHERE seq = 12").run();
    db.close();
    const broken = await ledger('--data-dir', dir, 'check');
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ chainOk: false, firstBrokenSeq: 12 });
    expect(broken.stderr).toMatch(/第 12 条/);
  });

  it('keeps passwords off the command line: --password refused, --password-stdin and call <channel> - read standard input', async () => {
    const dir = dataDir();
    const onArgs = await ledger('--data-dir', dir, 'demo', '--seed', '3', '--password', 'demo-password-1');
    expect(onArgs.code).toBe(2);
    expect(onArgs.stderr).toMatch(/密码不能写在命令行上.*--password-stdin/);
    expect((await ledgerWithInput('demo-password-1\n', '--data-dir', dir, 'demo', '--seed', '3', '--password-stdin')).code).toBe(0);
    const signIn = JSON.stringify({ username: 'zhuren', password: 'demo-password-1' });
    const viaStdin = await ledgerWithInput(signIn, '--data-dir', dir, 'call', 'auth:sign-in', '-');
    expect([viaStdin.code, viaStdin.stderr]).toEqual([0, '']);
    expect(JSON.parse(viaStdin.stdout)).toMatchObject({ username: 'zhuren' });
    const wrong = await ledgerWithInput(JSON.stringify({ username: 'zhuren', password: 'nope-nope-nope' }), '--data-dir', dir, 'call', 'auth:sign-in', '-');
    expect(wrong.code).toBe(1);
  });
});
