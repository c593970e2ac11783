import type { Session } from '#core/call-context';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, bootstrappedLedger, ok, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
beforeEach(async () => {
  t = await bootstrappedLedger();
});
afterEach(() => t.close());

describe('operators and sign-in', () => {
  it('bootstraps only once', async () => {
    const again = await t.app.dispatch('auth:bootstrap', { officeName: '浮山街道', divisionCode: '421202002', username: 'other', displayName: '某人', password: 'another-password' }, { principal: null });
    expect(again.ok || again.error.code).toBe('conflict');
    expect(await ok(t.app, t.admin, 'auth:status', {})).toMatchObject({ bootstrapped: true, operator: { username: 'admin', role: 'administrator' } });
  });

  it('stores a memory-hard scrypt hash, never the password', () => {
    const row = t.app.ledger.raw.prepare("SELECT password_hash FROM operators WHERE username = 'admin'").get() as { password_hash: string };
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.password_hash).not.toContain(ADMIN_PASSWORD);
  });

  it('signs in with the right password only, and signs out', async () => {
    const s: Session = { principal: null };
    const wrong = await t.app.dispatch('auth:sign-in', { username: 'admin', password: 'wrong-password' }, s);
    expect(wrong.ok || wrong.error).toEqual({ code: 'unauthenticated', message: '用户名或密码不正确。' });
    const unknown = await t.app.dispatch('auth:sign-in', { username: 'nobody', password: ADMIN_PASSWORD }, s);
    expect(unknown.ok || unknown.error.message).toBe('用户名或密码不正确。');
    await ok(t.app, s, 'auth:sign-in', { username: 'admin', password: ADMIN_PASSWORD });
    expect(s.principal).toMatchObject({ actor: 'admin', role: 'administrator' });
    await ok(t.app, s, 'auth:sign-out', {});
    expect(s.principal).toBeNull();
  });

  it('locks a username after five wrong passwords', async () => {
    const s: Session = { principal: null };
    for (let i = 0; i < 5; i++) await t.app.dispatch('auth:sign-in', { username: 'admin', password: `guess-${i}` }, s);
    const locked = await t.app.dispatch('auth:sign-in', { username: 'admin', password: ADMIN_PASSWORD }, s);
    expect(locked.ok || locked.error.message).toMatch(/连续输错 5 次/);
    expect(s.principal).toBeNull();
  });

  it('lets the administrator reset a password and disable an account, not their own', async () => {
    const op = await ok(t.app, t.admin, 'auth:create-operator', { username: 'jilu', displayName: '林海燕', role: 'secretary', password: 'secretary-pass' });
    const reset = await ok(t.app, t.admin, 'auth:reset-password', { id: op.id, version: op.version, password: 'new-secretary-pass' });
    const s: Session = { principal: null };
    await ok(t.app, s, 'auth:sign-in', { username: 'jilu', password: 'new-secretary-pass' });
    const self = await t.app.dispatch('auth:delete-operator', { id: t.admin.principal!.operatorId, version: 1 }, t.admin);
    expect(self.ok || self.error.code).toBe('forbidden');
    await ok(t.app, t.admin, 'auth:delete-operator', { id: op.id, version: reset.version });
    const after = await t.app.dispatch('auth:sign-in', { username: 'jilu', password: 'new-secretary-pass' }, { principal: null });
    expect(after.ok).toBe(false);
  });
});
