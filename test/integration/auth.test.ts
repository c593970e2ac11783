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

  it('links an account to the member of staff it stands for: logged, one account per person, live records only', async () => {
    const staff = await ok(t.app, t.admin, 'registry:create-staff', { name: '陈秀英', role: 'mediator', certificateNo: null });
    const op = await ok(t.app, t.admin, 'auth:create-operator', { username: 'tiaojie1', displayName: '陈秀英', role: 'mediator', password: 'mediator-pass', staffId: staff.id });
    expect(op).toMatchObject({ staffId: staff.id, staffName: '陈秀英' });
    const s: Session = { principal: null };
    expect(await ok(t.app, s, 'auth:sign-in', { username: 'tiaojie1', password: 'mediator-pass' })).toMatchObject({ staffId: staff.id, staffName: '陈秀英' });

    const twin = await t.app.dispatch('auth:create-operator', { username: 'tiaojie9', displayName: '陈秀英', role: 'mediator', password: 'mediator-pass', staffId: staff.id }, t.admin);
    expect(twin.ok || twin.error.issues).toEqual([{ path: ['staffId'], message: '已关联到账号「tiaojie1」，一名工作人员只能关联一个账号' }]);
    expect(twin.ok || twin.error.message).toMatch(/^「对应工作人员」/);

    const unlinked = await ok(t.app, t.admin, 'auth:link-staff', { id: op.id, version: op.version, staffId: null });
    expect(unlinked).toMatchObject({ staffId: null, staffName: null, version: op.version + 1 });
    const log = t.app.ledger.raw.prepare("SELECT payload FROM changes WHERE entity = 'operators' AND entity_id = ? ORDER BY seq").all(op.id) as { payload: string }[];
    expect(log.map((e) => (JSON.parse(e.payload) as { staff_id: string | null }).staff_id)).toEqual([staff.id, null]);
    expect(log.every((e) => !e.payload.includes('scrypt'))).toBe(true);

    await ok(t.app, t.admin, 'registry:delete-staff', { id: staff.id, version: staff.version });
    const gone = await t.app.dispatch('auth:link-staff', { id: op.id, version: unlinked.version, staffId: staff.id }, t.admin);
    expect(gone.ok || gone.error.issues?.[0]).toEqual({ path: ['staffId'], message: '该工作人员不存在或已删除，请重新选择' });
    const stale = await t.app.dispatch('auth:link-staff', { id: op.id, version: op.version, staffId: null }, t.admin);
    expect(stale.ok || stale.error.code).toBe('conflict');
  });
});
