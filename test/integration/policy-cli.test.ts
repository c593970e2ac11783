import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsealJson } from '#core/sync/signed-json';
import { ledger, tempDirs } from './helpers/cli-runner';
import { SAMPLE_2027, SAMPLE_2028_CSV } from './helpers/policy-fixtures';

const SAMPLE_CATEGORIES_CSV = join(__dirname, '..', 'fixtures', 'policy', 'categories-sample.csv');
const SAMPLE_CATEGORIES_JSON = join(__dirname, '..', 'fixtures', 'policy', 'categories-sample.json');

const dir = tempDirs();

describe('ledger city … policy-pack', () => {
  it('signs a pack from a JSON and a CSV source, numbers it, names a bad line, and status shows the newest version', async () => {
    const [city, out] = [dir('ledger-city-'), dir('ledger-out-')];
    expect((await ledger('city', '--data-dir', city, 'init')).code).toBe(0);
    const made = await ledger('city', '--data-dir', city, 'policy-pack', '--city', '4212', '--holidays', SAMPLE_2027, '--holidays', SAMPLE_2028_CSV, '--out', join(out, 'v1.json'));
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout.trim()).toBe(`已写出政策包 ${join(out, 'v1.json')}：第 1 版，节假日安排 2027、2028 年`);
    expect(made.stderr).toContain('2027、2028 年的安排标为示例');
    const body = unsealJson(readFileSync(join(out, 'v1.json'), 'utf8'))!.body as { version: number; city: { code: string }; sections: { holidays: { years: { year: number }[] } } };
    expect(body.version).toBe(1);
    expect(body.city.code).toBe('4212');
    expect(body.sections.holidays.years.map((y) => y.year)).toEqual([2027, 2028]);

    const bad = join(out, 'bad.csv');
    writeFileSync(bad, '日期,类型,名称\n2029-01-01,休,元旦\n2029-01-02,假,元旦\n');
    const refused = await ledger('city', '--data-dir', city, 'policy-pack', '--city', '4212', '--holidays', bad, '--out', join(out, 'v2.json'));
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('第 3 行：类型「假」应为「休」或「班」');

    const again = await ledger('city', '--data-dir', city, 'policy-pack', '--city', '4212', '--holidays', SAMPLE_2027, '--pack-version', '1', '--out', join(out, 'v1b.json'));
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('版本 1 不比已签发的版本 1 新');

    const status = await ledger('city', '--data-dir', city, 'status');
    expect(JSON.parse(status.stdout).policy).toEqual({ latestVersion: 1, behind: [] });
  });

  it('--categories reads the editable CSV or JSON into a signed disputeCategories section, and names a bad line or an unknown code', async () => {
    const [city, out] = [dir('ledger-city-'), dir('ledger-out-')];
    expect((await ledger('city', '--data-dir', city, 'init')).code).toBe(0);
    const made = await ledger('city', '--data-dir', city, 'policy-pack', '--city', '4212', '--categories', SAMPLE_CATEGORIES_CSV, '--out', join(out, 'v1.json'));
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout.trim()).toBe(`已写出政策包 ${join(out, 'v1.json')}：第 1 版，纠纷类别 4 项`);
    const body = unsealJson(readFileSync(join(out, 'v1.json'), 'utf8'))!.body as { sections: Record<string, unknown> };
    expect(Object.keys(body.sections)).toEqual(['disputeCategories']);
    expect(body.sections.disputeCategories).toEqual({ categories: [
      { code: 'parking', label: '停车管理' },
      { code: 'street-occupation', offered: false },
      { code: 'fire-hazard', tier: 'major' },
      { code: 'noise-neighbours', label: '噪音与邻里关系', offered: true, tier: 'medium' },
    ] });

    const json = await ledger('city', '--data-dir', city, 'policy-pack', '--city', '4212', '--holidays', SAMPLE_2027, '--categories', SAMPLE_CATEGORIES_JSON, '--out', join(out, 'v2.json'));
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout.trim()).toBe(`已写出政策包 ${join(out, 'v2.json')}：第 2 版，节假日安排 2027 年，纠纷类别 3 项`);

    const bad = join(out, 'bad.csv');
    writeFileSync(bad, '代码,名称,受理,默认等级\nparking,停车管理,,\nrepairs,,也许,\n');
    const refused = await ledger('city', '--data-dir', city, 'policy-pack', '--city', '4212', '--categories', bad, '--out', join(out, 'v3.json'));
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('第 3 行：受理「也许」应为「是」或「否」');
    const unknown = join(out, 'unknown.json');
    writeFileSync(unknown, JSON.stringify([{ code: 'pets', label: '宠物' }]));
    const future = await ledger('city', '--data-dir', city, 'policy-pack', '--city', '4212', '--categories', unknown, '--out', join(out, 'v3.json'));
    expect(future.code).not.toBe(0);
    expect(future.stderr).toContain('政策包含本程序不认识的纠纷类别 pets，请升级程序后再导入。');
    expect(JSON.parse((await ledger('city', '--data-dir', city, 'status')).stdout).policy.latestVersion).toBe(2);
  });
});
