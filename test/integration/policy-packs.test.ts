import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initCityKeys } from '#core/city/city-keys';
import { makePolicyPack } from '#core/city/policy-pack';
import { sealJson } from '#core/sync/signed-json';
import { newSigningKeyPem } from '#core/sync/signing-keys';
import { intake, seedRegistry } from './helpers/dispute-fixtures';
import { cityPack, DIRECTOR, SAMPLE_2027 } from './helpers/policy-fixtures';
import { exportBundle, syncWorld, type SyncWorld } from './helpers/sync-fixtures';
import { bootstrappedLedger, changeCount, ok, tempDir } from './helpers/temp-ledger';
import { TEST_NOW, testPorts } from './helpers/test-ports';

let world: SyncWorld | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

const RULE_15_WORKING_DAYS = { kind: 'resolve', when: { tier: 'medium' }, amount: 15, unit: 'working-days', metBy: 'outcome' } as const;

async function refused(w: SyncWorld, file: string, channel: 'policy:preview-pack' | 'policy:apply-pack' = 'policy:preview-pack') {
  const input = channel === 'policy:preview-pack' ? { file } : { file, sha256: '0'.repeat(64) };
  const r = await w.office.app.dispatch(channel, input, DIRECTOR);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('policy packs at the office, through dispatch on a real ledger', () => {
  it('the sample 2027 pack: preview lists the new year, apply puts it in force, and a 15-working-day deadline from 2026-12-28 skips 元旦', async () => {
    // The office's clock on 28 December 2026 (Shanghai), the day the case comes in.
    world = await syncWorld(await bootstrappedLedger(testPorts('2026-12-28T04:00:00.000Z')));
    const { app, admin } = world.office;
    const reg = await seedRegistry(app, admin);
    await ok(app, admin, 'disputes:update-rules', { rules: [RULE_15_WORKING_DAYS] });
    const c = await ok(app, admin, 'disputes:create', intake(reg.estateId, { receivedAt: '2026-12-28T10:00:00+08:00', category: 'property-fee' }));
    const before = c.deadlines.find((d) => d.kind === 'resolve')!;
    // Weekends only for 2027: the 15th working day after Monday 28 Dec is Monday 18 Jan, counting 1 Jan.
    expect(before.dueAt).toBe('2027-01-18T16:00:00.000Z');
    expect(before.calendarGap).toEqual([2027]);
    const status0 = await ok(app, admin, 'policy:status', {});
    expect(status0.inForce).toBeNull();

    const pack = await cityPack(world);
    const logged = changeCount(app);
    const preview = await ok(app, DIRECTOR, 'policy:preview-pack', { file: pack.file });
    expect(preview.pack.version).toBe(1);
    expect(preview.inForceVersion).toBe(0);
    expect(preview.sampleYears).toEqual([2027]);
    expect(preview.changes[0]!.lines[0]).toBe('2027 年：新增节假日安排（示例，非正式公布的安排），放假 28 天、调休上班 5 天');
    // Previewing writes nothing.
    expect(changeCount(app)).toBe(logged);

    const applied = await ok(app, DIRECTOR, 'policy:apply-pack', { file: pack.file, sha256: preview.pack.sha256 });
    expect(applied).toMatchObject({ version: 1, changed: 1, recomputed: true });
    expect(applied.checked).toBeGreaterThanOrEqual(1);
    expect(changeCount(app)).toBe(logged + 1);
    const after = (await ok(app, admin, 'disputes:get', { id: c.id })).deadlines.find((d) => d.kind === 'resolve')!;
    // 元旦 (1 Jan) is a day off in the pack: the 15th working day is Tuesday 19 Jan.
    expect(after.dueAt).toBe('2027-01-19T16:00:00.000Z');
    expect(after.calendarGap).toBeUndefined();
    const stored = app.ledger.raw.prepare('SELECT next_due_at FROM disputes WHERE id = ?').get(c.id) as { next_due_at: string };
    expect(stored.next_due_at).toBe('2027-01-19T16:00:00.000Z');

    const status = await ok(app, admin, 'policy:status', {});
    expect(status.inForce).toMatchObject({ version: 1, sections: ['holidays'], sha256: preview.pack.sha256 });
    expect(status.sampleYears).toEqual([2027]);
    expect(status.recomputing).toBe(false);
    expect((await ok(app, admin, 'policy:apply-progress', {})).phase).toBe('done');
    const check = await ok(app, admin, 'system:check', {});
    expect(check.ok).toBe(true);
  });

  it('the calendar notice names 2027 until a pack covers it', async () => {
    // 10 December 2026 in Shanghai: the notice horizon runs into January 2027.
    world = await syncWorld(await bootstrappedLedger(testPorts('2026-12-10T02:00:00.000Z')));
    const { app, admin } = world.office;
    const before = await ok(app, admin, 'policy:status', {});
    expect(before.gapYears).toEqual([2027]);
    expect(before.calendarNotice).toBe('2027 年节假日安排尚未导入，按周末计算');
    const pack = await cityPack(world);
    const p = await ok(app, DIRECTOR, 'policy:preview-pack', { file: pack.file });
    await ok(app, DIRECTOR, 'policy:apply-pack', { file: pack.file, sha256: p.pack.sha256 });
    const after = await ok(app, admin, 'policy:status', {});
    expect(after.gapYears).toEqual([]);
    expect(after.calendarNotice).toBeNull();
  });

  it('refuses a pack signed by another key, tampered, truncated, older, for another city or with an unknown section, and changes nothing', async () => {
    world = await syncWorld();
    const w = world;
    const { app } = w.office;
    const first = await cityPack(w);
    const p1 = await ok(app, DIRECTOR, 'policy:preview-pack', { file: first.file });
    await ok(app, DIRECTOR, 'policy:apply-pack', { file: first.file, sha256: p1.pack.sha256 });
    const logged = changeCount(app);

    // Another city's keys (a stranger's signing key).
    const other = tempDir('ledger-othercity-');
    await initCityKeys(other.dir, new Date(TEST_NOW));
    const foreign = await makePolicyPack(other.dir, { holidays: [SAMPLE_2027], cityCode: '4212', version: 5, out: join(w.usb, 'foreign.json'), now: new Date(TEST_NOW) });
    expect((await refused(w, foreign.file)).message).toMatch(/签名无法用本街道导入的市级公钥验证/);
    other.cleanup();

    // Tampered: one date changed after signing.
    const good = await cityPack(w, { version: 2 });
    const tampered = join(w.usb, 'tampered.json');
    writeFileSync(tampered, readFileSync(good.file, 'utf8').replace('2027-01-02', '2027-01-04'));
    expect((await refused(w, tampered)).message).toMatch(/签名无法用本街道导入的市级公钥验证/);

    // Truncated.
    const truncated = join(w.usb, 'truncated.json');
    const bytes = readFileSync(good.file);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect((await refused(w, truncated)).message).toMatch(/不是完整的政策包/);

    // Older or the same version as in force.
    const city = w.cityDir;
    const old = await makePolicyPack(city, { holidays: [SAMPLE_2027], cityCode: '4212', version: 3, out: join(w.usb, 'v3.json'), now: new Date(TEST_NOW) });
    const p3 = await ok(app, DIRECTOR, 'policy:preview-pack', { file: old.file });
    await ok(app, DIRECTOR, 'policy:apply-pack', { file: old.file, sha256: p3.pack.sha256 });
    const after3 = changeCount(app);
    expect((await refused(w, good.file)).message).toBe('政策包版本 2 不比现行版本 3 新，不能导入（只能导入更新的版本）。');
    expect((await refused(w, good.file, 'policy:apply-pack')).message).toMatch(/不比现行版本 3 新/);

    // For another city (signed by our city's key, but naming city 4201).
    const elsewhere = await makePolicyPack(city, { holidays: [SAMPLE_2027], cityCode: '4201', out: join(w.usb, 'elsewhere.json'), now: new Date(TEST_NOW) });
    expect((await refused(w, elsewhere.file)).message).toBe('这份政策包是发给城市代码 4201 的，不是本街道所在城市（4212）的，不能导入。');

    // A section this program does not know, properly signed.
    const keyPem = readFileSync(join(city, 'city-signing.key'), 'utf8');
    const body = JSON.parse(JSON.parse(readFileSync(elsewhere.file, 'utf8')).body);
    body.city.code = '4212';
    body.version = 9;
    body.sections.bulletinFigures = { figures: [] };
    const future = join(w.usb, 'future.json');
    writeFileSync(future, sealJson(body, keyPem));
    expect((await refused(w, future)).message).toMatch(/不认识的部分（bulletinFigures）/);

    // Signed by a key that is not the city's, with the city's fingerprint claimed.
    body.sections = { holidays: body.sections.holidays };
    const forged = join(w.usb, 'forged.json');
    writeFileSync(forged, sealJson(body, newSigningKeyPem()));
    expect((await refused(w, forged)).code).toBe('crypto');

    // The previewed bytes changed before apply.
    const v10 = await makePolicyPack(city, { holidays: [SAMPLE_2027], cityCode: '4212', version: 10, out: join(w.usb, 'v10.json'), now: new Date(TEST_NOW) });
    const wrongHash = await app.dispatch('policy:apply-pack', { file: v10.file, sha256: 'a'.repeat(64) }, DIRECTOR);
    expect(wrongHash.ok ? null : wrongHash.error.message).toBe('政策包文件在预览之后变了，请重新预览后再应用。');

    // Only the director applies; a clerk may not even preview.
    const p10 = await ok(app, DIRECTOR, 'policy:preview-pack', { file: v10.file });
    const admin = await app.dispatch('policy:apply-pack', { file: v10.file, sha256: p10.pack.sha256 }, w.office.admin);
    expect(admin.ok ? null : admin.error.code).toBe('forbidden');
    const clerk = await app.dispatch('policy:preview-pack', { file: v10.file }, { principal: { actor: 'jilu', role: 'secretary', operatorId: null } });
    expect(clerk.ok ? null : clerk.error.code).toBe('forbidden');

    expect(changeCount(app)).toBe(after3);
    expect(after3).toBe(logged + 1);
    expect((await ok(app, DIRECTOR, 'policy:status', {})).inForce?.version).toBe(3);
  });

  it('the next bundle carries the versions in force; the city lists the offices behind', async () => {
    world = await syncWorld();
    const { app } = world.office;
    const v1 = await cityPack(world);
    const p1 = await ok(app, DIRECTOR, 'policy:preview-pack', { file: v1.file });
    await ok(app, DIRECTOR, 'policy:apply-pack', { file: v1.file, sha256: p1.pack.sha256 });
    await cityPack(world); // version 2, signed but not yet at the office
    const bundle = await exportBundle(world);
    const city = await world.city();
    const [outcome] = await city.importFiles([bundle.file]);
    expect(outcome!.status).toBe('imported');
    const status = city.status();
    expect(status.policy).toEqual({ latestVersion: 2, behind: ['421202001'] });
    expect(status.offices[0]!.policyVersion).toBe(1);
    const receipt = city.repo.records('421202001').filter((r) => r.entity === 'policy_packs').map((r) => JSON.parse(r.body) as Record<string, unknown>);
    expect(receipt).toHaveLength(1);
    expect(receipt[0]).toMatchObject({ pack_version: 1, city_code: '4212', pack_sha256: p1.pack.sha256 });
    expect(receipt[0]).not.toHaveProperty('body');
  });

  it('a committees section replaces the vetting checklist and the evaluation sheet while the office has not edited them', async () => {
    world = await syncWorld();
    const { app, admin } = world.office;
    const committee = join(world.usb, 'committee.json');
    writeFileSync(committee, JSON.stringify({
      checklist: [{ key: 'owner', label: '业主身份', required: true }, { key: 'no-arrears', label: '无欠缴物业费', required: true }],
      passScore: 70,
    }));
    const before = await ok(app, admin, 'committees:get-rules', {});
    const pack = await cityPack(world, { holidays: [], committeeRules: committee });
    const preview = await ok(app, DIRECTOR, 'policy:preview-pack', { file: pack.file });
    const lines = preview.changes.find((c) => c.section === 'committeeRules')!.lines;
    expect(lines).toContain('审查项增加：无欠缴物业费');
    expect(lines).toContain('审查项删除：无失信记录');
    expect(lines).toContain(`评议合格分：${before.passScore} → 70`);
    await ok(app, DIRECTOR, 'policy:apply-pack', { file: pack.file, sha256: preview.pack.sha256 });
    const after = await ok(app, admin, 'committees:get-rules', {});
    expect(after.checklist.map((c) => c.key)).toEqual(['owner', 'no-arrears']);
    expect(after.passScore).toBe(70);
    // Parts the pack leaves out stay as they were.
    expect(after.scoringSheet).toEqual(before.scoringSheet);
    expect(after.departments).toEqual(before.departments);
  });
});
