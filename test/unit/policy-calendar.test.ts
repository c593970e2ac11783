import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dueFrom, computeDeadlines } from '#shared/domain/disputes/deadlines';
import { CHINA_WORK_CALENDAR, addWorkingDays } from '#shared/domain/disputes/work-calendar';
import { inForceOf, packChanges } from '#shared/domain/policy/in-force';
import { calendarGapNotice, packCalendar, uncoveredYears, upcomingGaps } from '#shared/domain/policy/pack-calendar';
import { parseHolidaySource } from '#shared/domain/policy/pack-source';
import { POLICY_PACK_FORMAT, type HolidayYear, type PolicyPackBody } from '#shared/domain/policy/pack.schema';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'policy', name), 'utf8');
const sample = (): HolidayYear[] => {
  const r = parseHolidaySource(fixture('holidays-2027-sample.json'), 'holidays-2027-sample.json');
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.years;
};
const body = (version: number, sections: PolicyPackBody['sections']): PolicyPackBody => ({
  format: POLICY_PACK_FORMAT, formatVersion: '1.0', city: { code: '4212' }, version, issuedAt: '2026-12-01T00:00:00.000Z', title: 't', cityKeyFingerprint: 'a'.repeat(64), sections,
});

describe('the calendar lookup: pack years first, then chinese-days, gaps reported', () => {
  it('chinese-days covers 2026 and not 2027; a pack year covers it', () => {
    expect(uncoveredYears(CHINA_WORK_CALENDAR, '2026-12-28', '2027-01-20')).toEqual([2027]);
    const cal = packCalendar(sample());
    expect(uncoveredYears(cal, '2026-12-28', '2027-01-20')).toEqual([]);
    expect(uncoveredYears(cal, '2027-12-28', '2028-01-20')).toEqual([2028]);
  });

  it('holidays, 调休 and plain weekends of a pack year; other years fall through to chinese-days', () => {
    const cal = packCalendar(sample());
    expect(cal.isWorkday('2027-01-01')).toBe(false); // 元旦, a Friday
    expect(cal.isWorkday('2027-02-14')).toBe(true); // 调休 Sunday
    expect(cal.isWorkday('2027-01-09')).toBe(false); // a plain Saturday
    expect(cal.isWorkday('2027-01-04')).toBe(true); // a plain Monday
    expect(cal.isWorkday('2026-10-01')).toBe(false); // 国庆 2026 from chinese-days
    expect(cal.isWorkday('2026-09-28')).toBe(true);
  });

  it('a 15-working-day count from 2026-12-28 skips 2027-01-01 only with the pack', () => {
    expect(addWorkingDays('2026-12-28', 15, CHINA_WORK_CALENDAR)).toBe('2027-01-18');
    expect(addWorkingDays('2026-12-28', 15, packCalendar(sample()))).toBe('2027-01-19');
    expect(dueFrom('2026-12-28T02:00:00.000Z', 15, 'working-days', packCalendar(sample()))).toBe('2027-01-19T16:00:00.000Z');
  });

  it('a working-day deadline over an uncovered year carries it; an hours deadline does not', () => {
    const facts = { source: 'walk-in', tier: 'medium', status: 'registered', receivedAt: '2026-12-28T02:00:00.000Z' } as const;
    const rules = [
      { kind: 'resolve', when: { tier: 'medium' }, amount: 15, unit: 'working-days', metBy: 'outcome' },
      { kind: 'mediate', when: { tier: 'medium' }, amount: 24, unit: 'hours', metBy: 'first-session' },
    ] as const;
    const now = new Date('2026-12-28T03:00:00.000Z');
    const without = computeDeadlines(facts, rules, now);
    expect(without.find((d) => d.kind === 'resolve')?.calendarGap).toEqual([2027]);
    expect(without.find((d) => d.kind === 'mediate')).not.toHaveProperty('calendarGap');
    expect(computeDeadlines(facts, rules, now, packCalendar(sample())).find((d) => d.kind === 'resolve')).not.toHaveProperty('calendarGap');
  });

  it('the notice and the dashboard horizon', () => {
    expect(calendarGapNotice([2027])).toBe('2027 年节假日安排尚未导入，按周末计算');
    expect(upcomingGaps(CHINA_WORK_CALENDAR, new Date('2026-11-25T06:00:00.000Z'))).toEqual([]);
    expect(upcomingGaps(CHINA_WORK_CALENDAR, new Date('2026-12-03T06:00:00.000Z'))).toEqual([2027]);
  });
});

describe('packs in force and what a new one changes', () => {
  it('a later pack replaces a year it carries and keeps the others', () => {
    const [y2027] = sample();
    const moved = { ...y2027!, holidays: y2027!.holidays.filter((h) => h.date !== '2027-06-09'), workdays: y2027!.workdays };
    const y2028 = { year: 2028, holidays: [{ date: '2028-01-01', name: '元旦' }], workdays: [], source: 's' };
    const first = body(1, { holidays: { years: [y2027!] } });
    const second = body(2, { holidays: { years: [y2028] } });
    const f = inForceOf([second, first]);
    expect(f.version).toBe(2);
    expect(f.years.map((y) => y.year)).toEqual([2027, 2028]);
    const change = packChanges(inForceOf([first]), body(3, { holidays: { years: [moved] } }));
    expect(change).toEqual([{ section: 'holidays', label: '节假日安排', lines: ['2027 年放假取消：6月9日（示例，非正式公布的安排）'] }]);
  });
});

describe('the holiday source a person edits', () => {
  it('reads the CSV form with its comments', () => {
    const r = parseHolidaySource(fixture('holidays-2028-sample.csv'), 'x.csv');
    expect(r.ok && r.years[0]).toMatchObject({ year: 2028, sample: true, source: '示例（SAMPLE），2028 年安排尚未公布，仅供测试' });
    expect(r.ok && r.years[0]!.workdays).toEqual([{ date: '2028-02-05', name: '春节调休上班' }]);
  });

  it('names the line or field of each problem', () => {
    expect(parseHolidaySource('日期,类型,名称\n2028-02-30,休,x\n2028-03-01,假,y\n', 'x.csv')).toEqual({ ok: false, problems: ['第 3 行：类型「假」应为「休」或「班」'] });
    const bad = parseHolidaySource('{"year":2027,"holidays":["2027-02-30","2028-01-01"]}', 'x.json');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems).toEqual(['第 1 个年份 holidays.0.date：日期应为 YYYY-MM-DD 格式的真实日期', '第 1 个年份 holidays.1.date：2028-01-01 不在 2027 年内']);
    expect(parseHolidaySource('{"year": 2027,', 'x.json')).toEqual({ ok: false, problems: ['不是有效的 JSON（请检查逗号、引号和括号）'] });
  });
});
