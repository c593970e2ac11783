import { attachment, startHost, type RunningHost } from '../../electron/host/host-server';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediatedCase, seedRegistry } from './helpers/dispute-fixtures';
import { ADMIN_PASSWORD, bootstrappedLedger, ok, tempDir, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
let host: RunningHost;
let renderer: { dir: string; cleanup(): void };

beforeAll(async () => {
  t = await bootstrappedLedger();
  renderer = tempDir('ledger-renderer-');
  writeFileSync(join(renderer.dir, 'index.html'), '<!doctype html><title>台账</title>');
  mkdirSync(join(renderer.dir, 'assets'));
  writeFileSync(join(renderer.dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(renderer.dir, '..', 'outside.txt'), 'secret');
  host = await startHost({ app: t.app, rendererDir: renderer.dir, port: 0 });
});
afterAll(async () => {
  await host.close();
  await t.close();
  renderer.cleanup();
});

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string; bytes: Buffer };

/** A raw HTTP request, so tests control the Host and Origin headers exactly. */
function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, method, path, headers: { host: `127.0.0.1:${host.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
      });
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const rpcHeaders = (extra: Record<string, string> = {}) => ({ 'content-type': 'application/json', 'x-ledger-secret': host.secret, origin: host.origin, ...extra });

describe('the loopback host', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the secret in the fragment', () => {
    const address = host.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#k=${host.secret}`);
  });

  it('serves the renderer with the strict CSP, and nothing outside it', async () => {
    const index = await send('GET', '/', {});
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await send('GET', '/assets/app.js', {})).headers['content-type']).toMatch(/javascript/);
    expect((await send('GET', '/../outside.txt', {})).body).not.toBe('secret');
    expect((await send('GET', '/%2e%2e/outside.txt', {})).body).not.toBe('secret');
  });

  it('requires the per-launch secret on every RPC', async () => {
    const none = await send('POST', '/rpc/auth:status', { 'content-type': 'application/json', origin: host.origin }, '{}');
    expect(none.status).toBe(403);
    const wrong = await send('POST', '/rpc/auth:status', rpcHeaders({ 'x-ledger-secret': 'guess' }), '{}');
    expect(wrong.status).toBe(403);
    const right = await send('POST', '/rpc/auth:status', rpcHeaders(), '{}');
    expect(right.status).toBe(200);
    expect(JSON.parse(right.body)).toEqual({ ok: true, value: { bootstrapped: true, operator: null } });
  });

  it('rejects a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    expect((await send('POST', '/rpc/auth:status', rpcHeaders({ host: 'evil.example:80' }), '{}')).status).toBe(403);
    expect((await send('GET', '/', { host: `attacker.test:${host.port}` })).status).toBe(403);
    expect((await send('POST', '/rpc/auth:status', rpcHeaders({ origin: 'http://evil.example' }), '{}')).status).toBe(403);
    expect((await send('POST', '/rpc/auth:status', rpcHeaders({ origin: `http://127.0.0.1:${host.port + 1}` }), '{}')).status).toBe(403);
  });

  it('accepts only JSON bodies, and answers malformed JSON with invalid-input', async () => {
    expect((await send('POST', '/rpc/auth:status', rpcHeaders({ 'content-type': 'text/plain' }), '{}')).status).toBe(415);
    const bad = await send('POST', '/rpc/auth:status', rpcHeaders(), '{not json');
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('keeps a session per client: sign in once, then act as that operator', async () => {
    const first = await send('POST', '/rpc/auth:sign-in', rpcHeaders(), JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }));
    const token = first.headers['x-ledger-session'] as string;
    expect(token).toMatch(/^[\w-]{20,}$/);
    const created = await send('POST', '/rpc/registry:create-community', rpcHeaders({ 'x-ledger-session': token }), JSON.stringify({ name: '双鹤社区' }));
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: '双鹤社区' } });
    const stranger = await send('POST', '/rpc/registry:create-community', rpcHeaders(), JSON.stringify({ name: '青龙社区' }));
    expect(JSON.parse(stranger.body)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const actor = t.app.ledger.raw.prepare("SELECT actor FROM changes WHERE entity = 'communities' ORDER BY seq DESC LIMIT 1").get() as { actor: string };
    expect(actor.actor).toBe('admin');
  });
});

describe('the document download (GET /documents/<id>)', () => {
  let doc: { file: string; fileName: string; documentId: string };
  const signIn = async (username: string, password: string) =>
    (await send('POST', '/rpc/auth:sign-in', rpcHeaders(), JSON.stringify({ username, password }))).headers['x-ledger-session'] as string;
  const get = (id: string, headers: Record<string, string>) => send('GET', `/documents/${id}`, { 'x-ledger-secret': host.secret, origin: host.origin, ...headers });

  beforeAll(async () => {
    const reg = await seedRegistry(t.app, t.admin);
    const d = await mediatedCase(t.app, t.admin, reg, { failed: '双方分歧较大' });
    const office = await ok(t.app, t.admin, 'registry:get-office', {});
    await ok(t.app, t.admin, 'registry:update-office', { version: office.version, name: office.name, divisionCode: office.divisionCode, contactName: '陈志刚', contactPhone: '0715-8123000' });
    doc = await ok(t.app, t.admin, 'disputes:export-document', { id: d.id, kind: 'court-referral' });
    await ok(t.app, t.admin, 'auth:create-operator', { username: 'shencha', displayName: '何志强', role: 'reviewer', password: 'reviewer-password-1' });
  });

  it('serves the file the core wrote, as an attachment with its Chinese name, to a signed-in tab', async () => {
    const session = await signIn('admin', ADMIN_PASSWORD);
    const reply = await get(doc.documentId, { 'x-ledger-session': session });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(reply.headers['content-disposition']).toBe(`attachment; filename="2026-0001-_.docx"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(String(reply.headers['content-disposition']))![1]!)).toBe('2026-0001-诉调对接移送单.docx');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.bytes.equals(readFileSync(doc.file))).toBe(true);
  });

  it('refuses without the secret, without a signed-in session, or for a role that may not generate documents', async () => {
    const session = await signIn('admin', ADMIN_PASSWORD);
    expect((await send('GET', `/documents/${doc.documentId}`, { 'x-ledger-session': session })).status).toBe(403);
    const none = await get(doc.documentId, {});
    expect(none.status).toBe(401);
    expect(none.body).toBe('请先登录。');
    expect(none.headers['x-ledger-session']).toBeUndefined();
    expect((await get(doc.documentId, { 'x-ledger-session': 'made-up-session-token-123' })).status).toBe(401);
    const reviewer = await signIn('shencha', 'reviewer-password-1');
    expect((await get(doc.documentId, { 'x-ledger-session': reviewer })).status).toBe(403);
  });

  it('refuses an id it never issued and anything shaped like a path', async () => {
    const session = { 'x-ledger-session': await signIn('admin', ADMIN_PASSWORD) };
    for (const id of ['A'.repeat(24), '..%2F..%2Fledger.db', encodeURIComponent(doc.file), `${doc.documentId}x`]) {
      const reply = await get(id, session);
      expect(reply.status, id).toBe(404);
      expect(reply.body, id).toMatch(/找不到这份文书/);
    }
    expect((await send('POST', `/documents/${doc.documentId}`, { 'x-ledger-secret': host.secret, origin: host.origin, ...session }, '{}')).status).toBe(405);
  });

  it('names the file for any browser: ASCII fallback and RFC 5987 UTF-8', () => {
    expect(attachment('2026-0001-人民调解协议书.docx')).toBe("attachment; filename=\"2026-0001-_.docx\"; filename*=UTF-8''2026-0001-%E4%BA%BA%E6%B0%91%E8%B0%83%E8%A7%A3%E5%8D%8F%E8%AE%AE%E4%B9%A6.docx");
    expect(attachment('a"b\\c (1).docx')).toBe(`attachment; filename="a_b_c (1).docx"; filename*=UTF-8''a%22b%5Cc%20%281%29.docx`);
  });
});
