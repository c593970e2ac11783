import { newSigningKeyPem } from '#core/sync/signing-keys';
import { sealJson, sealVerifies, unsealJson } from '#core/sync/signed-json';
import Sqlite from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cityFor, fixedLedger, headSeq, type FixedLedger } from './helpers/audit-fixtures';
import { ledger } from './helpers/cli-runner';
import { intake, seedRegistry } from './helpers/dispute-fixtures';
import { TEST_NOW } from './helpers/test-ports';
import { ok } from './helpers/temp-ledger';

// Deleting the newest change-log entries (`DELETE FROM changes WHERE seq > N`)
// leaves a chain that verifies. The head is therefore anchored outside the
// database: a head record signed with the office key, kept in the data dir and
// advanced at each check, export and close; check refuses a log behind it.

type AnchorBody = { format: string; office: { id: string; code: string; keyFingerprint: string }; seq: number; hash: string; at: string };

let t: FixedLedger;
const check = () => ok(t.app, t.admin, 'system:check', {});
const anchorFile = () => join(t.dir, 'chain-head.json');
const readAnchor = () => unsealJson(readFileSync(anchorFile(), 'utf8'))!;
const addCommunities = async (...names: string[]) => {
  for (const name of names) await ok(t.app, t.admin, 'registry:create-community', { name });
};
const hashAt = (seq: number) => t.app.ledger.raw.prepare('SELECT hash FROM changes WHERE seq = ?').pluck().get(seq) as string;
/** An edit straight in SQLite while the program is closed, as someone with the file would make it. */
const offlineSql = (text: string) =>
  t.offline(() => {
    const db = new Sqlite(join(t.dir, 'ledger.db'));
    db.prepare(text).run();
    db.close();
  });

beforeEach(async () => {
  t = await fixedLedger();
  await addCommunities('东城社区', '西城社区');
});
afterEach(() => t.close());

describe('the signed chain head', () => {
  it('is written by check: private to the user, signed by the office key, naming the head', async () => {
    expect(existsSync(anchorFile())).toBe(false);
    const first = await check();
    expect(first).toMatchObject({ ok: true, head: { ok: true, anchor: { status: 'none' }, anchoredNow: true } });
    expect(statSync(anchorFile()).mode & 0o777).toBe(0o600);
    const sealed = readAnchor();
    const body = sealed.body as AnchorBody;
    const identity = await ok(t.app, t.admin, 'sync:office-identity', {});
    expect(sealVerifies(sealed, identity.publicKeyPem)).toBe(true);
    expect(body).toMatchObject({ format: 'street-ledger-chain-head', office: { id: identity.officeId, code: '421202001', keyFingerprint: identity.fingerprint }, seq: headSeq(t.app.ledger.raw), hash: hashAt(headSeq(t.app.ledger.raw)) });
    expect(body.at.slice(0, 10)).toBe(TEST_NOW.slice(0, 10)); // the ports' clock, not the machine's
    expect(await check()).toMatchObject({ ok: true, head: { anchor: { status: 'ok', seq: body.seq } } });
  });

  it('verifies with openssl alone, as docs/bundle-format.md shows', async () => {
    await check();
    const sealed = readAnchor();
    const identity = await ok(t.app, t.admin, 'sync:office-identity', {});
    writeFileSync(join(t.dir, 'head.json'), sealed.text);
    writeFileSync(join(t.dir, 'head.sig'), sealed.signature);
    writeFileSync(join(t.dir, 'office.pub.pem'), identity.publicKeyPem);
    const verify = () => execFileSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', 'office.pub.pem', '-rawin', '-in', 'head.json', '-sigfile', 'head.sig'], { cwd: t.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(verify()).toMatch(/Signature Verified Successfully/);
    writeFileSync(join(t.dir, 'head.json'), sealed.text.replace(/"seq": \d+/, '"seq": 1'));
    expect(verify).toThrow();
  });

  it('refuses a log whose newest entries were deleted after the head was anchored', async () => {
    await addCommunities('双鹤社区', '永安社区', '马柏社区');
    await check();
    const anchored = headSeq(t.app.ledger.raw);
    const cut = anchored - 3;
    t.app.ledger.raw.prepare('DELETE FROM changes WHERE seq > ?').run(cut);
    const report = await check();
    expect(report.chainOk).toBe(true); // what is left is a valid chain: only the anchor can tell
    expect(report.ok).toBe(false);
    expect(report.head).toMatchObject({ ok: false, seq: cut, anchor: { status: 'behind', seq: anchored } });
    expect(report.head.problem).toContain(`第 ${cut} 条`);
    expect(report.head.problem).toContain(`第 ${anchored} 条`);
    expect(report.problems.join('\n')).toMatch(/删除/);
    expect(report.problems.join('\n')).toMatch(/备份/);
    // A failed check never moves the anchor back.
    expect((readAnchor().body as AnchorBody).seq).toBe(anchored);
  });

  it('finds a deleted audit note that no row could reveal (who looked at an ID number)', async () => {
    const reg = await seedRegistry(t.app, t.admin);
    const dispute = await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId));
    await ok(t.app, t.admin, 'disputes:reveal', { partyId: dispute.parties[0]!.id, field: 'idNumber' });
    const revealed = headSeq(t.app.ledger.raw);
    await t.reopen(); // the close anchors the reveal entry
    await offlineSql(`DELETE FROM changes WHERE seq = ${revealed} AND action = 'reveal'`);
    const report = await check();
    expect(report).toMatchObject({ ok: false, chainOk: true, records: { ok: true }, head: { ok: false, anchor: { status: 'behind', seq: revealed } } });
  });

  it('refuses a log cut and written again past the anchor (the anchored entry has another hash)', async () => {
    await check();
    const anchored = headSeq(t.app.ledger.raw);
    t.app.ledger.raw.prepare('DELETE FROM changes WHERE seq > ?').run(anchored - 2);
    await addCommunities('甲社区', '乙社区', '丙社区', '丁社区');
    expect(headSeq(t.app.ledger.raw)).toBeGreaterThan(anchored);
    const report = await check();
    expect(report.ok).toBe(false);
    expect(report.head).toMatchObject({ ok: false, anchor: { status: 'forked', seq: anchored } });
    expect(report.head.problem).toContain(`第 ${anchored} 条`);
  });

  it('is advanced when the program closes, and a cut made while it is closed is found at the next start', async () => {
    await check();
    await addCommunities('双鹤社区', '永安社区');
    const head = headSeq(t.app.ledger.raw);
    await t.reopen();
    expect((readAnchor().body as AnchorBody).seq).toBe(head);
    await offlineSql(`DELETE FROM changes WHERE seq > ${head - 1}`);
    await t.reopen(); // closing again must not re-anchor the cut log
    expect((readAnchor().body as AnchorBody).seq).toBe(head);
    expect((await check()).head).toMatchObject({ ok: false, anchor: { status: 'behind', seq: head } });
  });

  it('treats an anchor that was edited, or signed by another key, as invalid and keeps it', async () => {
    await check();
    const sealed = readAnchor();
    const body = { ...(sealed.body as AnchorBody), seq: 1 };
    writeFileSync(anchorFile(), JSON.stringify({ body: JSON.stringify(body, null, 2), signature: sealed.signature.toString('base64') }));
    expect((await check()).head).toMatchObject({ ok: false, anchor: { status: 'invalid' } });
    writeFileSync(anchorFile(), sealJson(body, newSigningKeyPem()));
    const report = await check();
    expect(report.head).toMatchObject({ ok: false, anchor: { status: 'invalid' } });
    expect(report.head.problem).toMatch(/签名/);
    writeFileSync(anchorFile(), 'not json');
    expect((await check()).head.anchor.status).toBe('invalid');
    expect(readFileSync(anchorFile(), 'utf8')).toBe('not json');
  });

  it('ledger check (CLI) exits 1 and says the newest entries were deleted', async () => {
    await check();
    const anchored = headSeq(t.app.ledger.raw);
    const run = await t.offline(async () => {
      const db = new Sqlite(join(t.dir, 'ledger.db'));
      db.prepare('DELETE FROM changes WHERE seq > ?').run(anchored - 1);
      db.close();
      return ledger('--data-dir', t.dir, 'check');
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/删除/);
    expect(run.stderr).toContain(`第 ${anchored} 条`);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, chainOk: true, head: { anchor: { status: 'behind' } } });
  });
});

describe('the chain head and sync export', () => {
  let city: Awaited<ReturnType<typeof cityFor>>;
  beforeEach(async () => {
    city = await cityFor(t);
  });
  afterEach(() => city.cleanup());
  const exportBundle = () => ok(t.app, t.admin, 'sync:export-bundle', { directory: city.usb });

  it('each export anchors the head, its own change entry included', async () => {
    await exportBundle();
    const head = headSeq(t.app.ledger.raw);
    expect(readAnchor().body).toMatchObject({ seq: head, hash: hashAt(head) });
    expect((await check()).head).toMatchObject({ ok: true, exportedToSeq: head - 1, anchor: { status: 'ok' } });
  });

  it('refuses to export from a log behind its anchor', async () => {
    await addCommunities('双鹤社区');
    await check();
    t.app.ledger.raw.prepare('DELETE FROM changes WHERE seq > ?').run(headSeq(t.app.ledger.raw) - 1);
    const result = await t.app.dispatch('sync:export-bundle', { directory: city.usb }, t.admin);
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!result.ok && result.error.message).toMatch(/ledger check/);
  });

  it('finds a log cut below the last export even when the anchor file was deleted too', async () => {
    await exportBundle();
    const exported = headSeq(t.app.ledger.raw) - 1;
    unlinkSync(anchorFile());
    t.app.ledger.raw.prepare('DELETE FROM changes WHERE seq > ?').run(exported - 2);
    const report = await check();
    expect(report.ok).toBe(false);
    expect(report.head).toMatchObject({ ok: false, exportedToSeq: exported, anchor: { status: 'missing' } });
    expect(report.head.problem).toContain(`第 ${exported} 条`);
    expect(existsSync(anchorFile())).toBe(false); // nothing is re-anchored over a failed check
  });

  it('warns when the anchor file is gone though bundles were exported, and anchors again', async () => {
    await exportBundle();
    unlinkSync(anchorFile());
    const report = await check();
    expect(report).toMatchObject({ ok: true, head: { ok: true, anchor: { status: 'missing' }, anchoredNow: true } });
    expect(report.warnings.join('\n')).toMatch(/chain-head\.json/);
    expect(existsSync(anchorFile())).toBe(true);
  });
});
