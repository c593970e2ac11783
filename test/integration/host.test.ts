import { startHost, type RunningHost } from '../../electron/host/host-server';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, bootstrappedLedger, tempDir, type TestLedger } from './helpers/temp-ledger';

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

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A raw HTTP request, so tests control the Host and Origin headers exactly. */
function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, method, path, headers: { host: `127.0.0.1:${host.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
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
