import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsealJson } from '#core/sync/signed-json';
import { ledger, tempDirs } from './helpers/cli-runner';
import { SAMPLE_2027, SAMPLE_2028_CSV } from './helpers/policy-fixtures';

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
});
