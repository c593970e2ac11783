import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sealJson } from '#core/sync/signed-json';
import { CATEGORY_LABELS } from '#shared/domain/disputes/disputes.schema';
import { intake, seedRegistry } from './helpers/dispute-fixtures';
import { cityPack, DIRECTOR } from './helpers/policy-fixtures';
import { syncWorld, type SyncWorld } from './helpers/sync-fixtures';
import { changeCount, ok } from './helpers/temp-ledger';

let world: SyncWorld | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

const SAMPLE_CSV = join(__dirname, '..', 'fixtures', 'policy', 'categories-sample.csv');

/** Previews and applies a pack file as the director; returns the preview. */
async function apply(w: SyncWorld, file: string) {
  const preview = await ok(w.office.app, DIRECTOR, 'policy:preview-pack', { file });
  await ok(w.office.app, DIRECTOR, 'policy:apply-pack', { file, sha256: preview.pack.sha256 });
  return preview;
}

describe('the dispute categories as a policy-pack section, through dispatch on a real ledger', () => {
  it('a signed pack with the section previews in plain Chinese, applies, and the labels, intake and tiers in force follow it', async () => {
    world = await syncWorld();
    const { app, admin } = world.office;
    const reg = await seedRegistry(app, admin);
    // Cases registered before the pack: one in the category the pack retires.
    const old = await ok(app, admin, 'disputes:create', intake(reg.estateId, { category: 'street-occupation' }));
    await ok(app, admin, 'disputes:create', intake(reg.estateId, { category: 'parking' }));
    const quiet = await ok(app, admin, 'disputes:create', intake(reg.estateId, { category: 'noise-neighbours' }));
    expect(quiet.tier).toBe('minor');
    const before = await ok(app, admin, 'disputes:categories', {});
    expect(before.categories.find((c) => c.code === 'parking')).toEqual({ code: 'parking', label: '停车', builtInLabel: '停车', offered: true, tier: 'medium' });

    const pack = await cityPack(world, { holidays: [], categories: SAMPLE_CSV });
    const logged = changeCount(app);
    const preview = await ok(app, DIRECTOR, 'policy:preview-pack', { file: pack.file });
    expect(preview.pack.sections).toEqual(['disputeCategories']);
    expect(preview.changes).toEqual([{
      section: 'disputeCategories', label: '纠纷类别',
      lines: [
        '「停车」改名为「停车管理」',
        '「噪音与邻里」改名为「噪音与邻里关系」',
        '「噪音与邻里关系」默认处理等级：小事 → 中事（新登记的案件按此建议，已登记的案件等级不变）',
        '「占道经营」停止受理新案件（已登记的旧案件和筛选中仍保留）',
      ],
    }]);
    expect(changeCount(app)).toBe(logged);
    // Categories move no deadline (a tier applies to new cases only): nothing is recomputed, no recompute is left pending.
    const applied = await ok(app, DIRECTOR, 'policy:apply-pack', { file: pack.file, sha256: preview.pack.sha256 });
    expect(applied).toEqual({ version: preview.pack.version, checked: 0, changed: 0, recomputed: false });
    expect((await ok(app, admin, 'policy:status', {})).recomputing).toBe(false);
    expect(changeCount(app)).toBe(logged + 1);

    // The labels in force, served on one channel.
    const after = new Map((await ok(app, admin, 'disputes:categories', {})).categories.map((c) => [c.code, c]));
    expect(after.get('parking')).toEqual({ code: 'parking', label: '停车管理', builtInLabel: '停车', offered: true, tier: 'medium' });
    expect(after.get('street-occupation')).toMatchObject({ label: '占道经营', offered: false, tier: 'major' });
    expect(after.get('noise-neighbours')).toMatchObject({ label: '噪音与邻里关系', offered: true, tier: 'medium' });
    expect(after.get('repairs')).toEqual({ code: 'repairs', label: CATEGORY_LABELS.repairs, builtInLabel: CATEGORY_LABELS.repairs, offered: true, tier: 'medium' });

    // Intake refuses the retired category, naming 「纠纷类别」, and writes nothing.
    const loggedBefore = changeCount(app);
    const refused = await app.dispatch('disputes:create', intake(reg.estateId, { category: 'street-occupation' }), admin);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.message).toBe('「纠纷类别」「占道经营」已停止受理新案件（按市政策包），请选择其他类别；已登记的旧案件不受影响');
    expect(refused.error.issues?.map((i) => i.path)).toEqual([['category']]);
    expect(changeCount(app)).toBe(loggedBefore);
    // Nor may a case be moved to it; the old case keeps it and is still found by it.
    const other = await ok(app, admin, 'disputes:create', intake(reg.estateId, { category: 'repairs' }));
    const moved = await app.dispatch('disputes:update-intake', { id: other.id, version: other.version, category: 'street-occupation', description: other.description, estateId: reg.estateId }, admin);
    expect(moved.ok ? null : moved.error.issues?.[0]?.path).toEqual(['category']);
    const found = await ok(app, admin, 'disputes:list', { category: ['street-occupation'], offset: 0, limit: 10 });
    expect(found.rows.map((r) => r.id)).toEqual([old.id]);
    expect((await ok(app, admin, 'disputes:get', { id: old.id })).category).toBe('street-occupation');

    // The city's default tier: 噪音与邻里关系 now suggests 中事, and the override message uses the new label.
    const noisy = await ok(app, admin, 'disputes:create', intake(reg.estateId, { category: 'noise-neighbours' }));
    expect(noisy.tier).toBe('medium');
    // A case registered before keeps its tier: the default only suggests for new cases.
    expect((await ok(app, admin, 'disputes:get', { id: quiet.id })).tier).toBe('minor');
    const overridden = await app.dispatch('disputes:create', intake(reg.estateId, { category: 'noise-neighbours', tier: 'minor' }), admin);
    expect(overridden.ok ? null : overridden.error.message).toBe('「调整等级的理由」「噪音与邻里关系」类纠纷按规则应为「中事」，改为「小事」请填写原因。');

    // The monthly review and the company page count by code and label with the names in force.
    const monthly = await ok(app, admin, 'disputes:monthly-analysis', { month: '2026-11' });
    expect(monthly.byCategory.find((c) => c.key === 'parking')?.label).toBe('停车管理');
    const company = await ok(app, admin, 'disputes:company-summary', { companyId: reg.companyId });
    expect(company.byCategory.find((c) => c.key === 'parking')).toEqual({ key: 'parking', label: '停车管理', count: 1 });
    // The ledger export prints the names in force too, in its rows and in the filter it states.
    const saved = await ok(app, admin, 'disputes:export-ledger', { category: ['parking'], sort: 'received-asc' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved.file);
    const sheet = wb.getWorksheet('纠纷台账')!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('类别');
    expect(sheet.getRow(2).getCell(column).value).toBe('停车管理');
    const about = wb.getWorksheet('说明')!;
    const filterRow = about.getSheetValues().find((r) => Array.isArray(r) && r.includes('筛选：类别')) as unknown[];
    expect(filterRow).toContain('停车管理');
    expect((await ok(app, admin, 'system:check', {})).ok).toBe(true);
  });

  it('a pack naming an unknown category code, or tampered after signing, is refused and changes nothing', async () => {
    world = await syncWorld();
    const w = world;
    const { app, admin } = w.office;
    const categories = join(w.usb, 'cats.json');
    writeFileSync(categories, JSON.stringify({ categories: [{ code: 'parking', label: '停车管理' }] }));
    await apply(w, (await cityPack(w, { holidays: [], categories })).file);
    const logged = changeCount(app);
    const inForce = await ok(app, admin, 'disputes:categories', {});

    // Properly signed by the city, but with a code this program does not know.
    const good = await cityPack(w, { holidays: [], categories, version: 2 });
    const body = JSON.parse(JSON.parse(readFileSync(good.file, 'utf8')).body);
    body.version = 3;
    body.sections.disputeCategories.categories.push({ code: 'pets', label: '宠物饲养' });
    const unknown = join(w.usb, 'unknown.json');
    writeFileSync(unknown, sealJson(body, readFileSync(join(w.cityDir, 'city-signing.key'), 'utf8')));
    const r1 = await app.dispatch('policy:preview-pack', { file: unknown }, DIRECTOR);
    expect(r1.ok ? null : r1.error).toMatchObject({ code: 'from-future', message: '政策包含本程序不认识的纠纷类别 pets，请升级程序后再导入。' });
    const r2 = await app.dispatch('policy:apply-pack', { file: unknown, sha256: '0'.repeat(64) }, DIRECTOR);
    expect(r2.ok ? null : r2.error.message).toBe('政策包含本程序不认识的纠纷类别 pets，请升级程序后再导入。');

    // Tampered: a label changed after signing.
    const tampered = join(w.usb, 'tampered.json');
    writeFileSync(tampered, readFileSync(good.file, 'utf8').replace('停车管理', '停车收费'));
    const r3 = await app.dispatch('policy:preview-pack', { file: tampered }, DIRECTOR);
    expect(r3.ok ? null : r3.error.code).toBe('crypto');

    expect(changeCount(app)).toBe(logged);
    expect(await ok(app, admin, 'disputes:categories', {})).toEqual(inForce);
    expect((await ok(app, DIRECTOR, 'policy:status', {})).inForce?.version).toBe(1);
  });

  it('a later pack changes only what it names; a retired category can be offered again', async () => {
    world = await syncWorld();
    const w = world;
    const { app, admin } = w.office;
    const first = join(w.usb, 'first.csv');
    writeFileSync(first, '代码,名称,受理,默认等级\ngreening,绿化养护,否,中事\n');
    await apply(w, (await cityPack(w, { holidays: [], categories: first })).file);
    const second = join(w.usb, 'second.csv');
    writeFileSync(second, 'greening,,是,\n');
    const preview = await apply(w, (await cityPack(w, { holidays: [], categories: second })).file);
    expect(preview.changes[0]!.lines).toEqual(['「绿化养护」恢复受理新案件']);
    const greening = (await ok(app, admin, 'disputes:categories', {})).categories.find((c) => c.code === 'greening');
    expect(greening).toEqual({ code: 'greening', label: '绿化养护', builtInLabel: '绿化', offered: true, tier: 'medium' });
  });
});
