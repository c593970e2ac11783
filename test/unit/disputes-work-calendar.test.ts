// The 2026 schedule these tests rely on is the State Council General Office notice
// of November 2025 (国务院办公厅关于2026年部分节假日安排的通知):
//   元旦 1月1日–3日 放假，1月4日（周日）上班；
//   春节 2月15日–23日 放假，2月14日（周六）、2月28日（周六）上班；
//   清明 4月4日–6日；劳动节 5月1日–5日 放假，5月9日（周六）上班；
//   端午 6月19日–21日；中秋 9月25日–27日；
//   国庆 10月1日–7日 放假，9月20日（周日）、10月10日（周六）上班。
// chinese-days 1.5.7 ships exactly these dates (node_modules/chinese-days/dist/years/2026.json);
// the first test below pins that, so a package update that changes them fails here.
import {
  CHINA_WORK_CALENDAR,
  HOLIDAY_DATA_FIRST_YEAR,
  addCalendarDays,
  addWorkingDays,
  calendarWithOverrides,
  holidayDataLastYear,
  shanghaiDate,
  shanghaiStartOfDay,
  weekday,
} from '#shared/domain/disputes/work-calendar';
import { afterEach, describe, expect, it } from 'vitest';

const HOLIDAYS_2026 = [
  '2026-01-01', '2026-01-02', '2026-01-03',
  '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
  '2026-04-04', '2026-04-05', '2026-04-06',
  '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
  '2026-06-19', '2026-06-20', '2026-06-21',
  '2026-09-25', '2026-09-26', '2026-09-27',
  '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
];
const MAKE_UP_WORKDAYS_2026 = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];

describe('the Chinese working-day calendar (chinese-days)', () => {
  it('knows the official 2026 holidays and 调休 make-up workdays', () => {
    const workdays = new Set(MAKE_UP_WORKDAYS_2026);
    const holidays = new Set(HOLIDAYS_2026);
    for (let day = '2026-01-01'; day <= '2026-12-31'; day = addCalendarDays(day, 1)) {
      const weekend = weekday(day) === 0 || weekday(day) === 6;
      const expected = workdays.has(day) || (!weekend && !holidays.has(day));
      expect(CHINA_WORK_CALENDAR.isWorkday(day), day).toBe(expected);
    }
    // Every make-up day falls on a weekend, every listed holiday is a day off.
    for (const day of MAKE_UP_WORKDAYS_2026) expect([0, 6]).toContain(weekday(day));
  });

  it('covers 2004 through at least 2026 and says so; later years are weekends only', () => {
    expect(HOLIDAY_DATA_FIRST_YEAR).toBe(2004);
    expect(CHINA_WORK_CALENDAR.covers(2004)).toBe(true);
    expect(CHINA_WORK_CALENDAR.covers(2026)).toBe(true);
    expect(CHINA_WORK_CALENDAR.covers(2003)).toBe(false);
    expect(holidayDataLastYear()).toBeGreaterThanOrEqual(2026);
    expect(CHINA_WORK_CALENDAR.covers(holidayDataLastYear() + 1)).toBe(false);
  });

  describe('reads the same day in any process time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });
    // chinese-days formats with local getters; west of UTC its own string parsing shifts a day.
    it.each(['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'UTC'])('%s', (tz) => {
      process.env.TZ = tz;
      expect(CHINA_WORK_CALENDAR.isWorkday('2026-10-10')).toBe(true);
      expect(CHINA_WORK_CALENDAR.isWorkday('2026-10-01')).toBe(false);
      expect(CHINA_WORK_CALENDAR.isWorkday('2026-10-08')).toBe(true);
      expect(CHINA_WORK_CALENDAR.isWorkday('2026-10-11')).toBe(false);
    });
  });

  it.each([
    // [from, n, expected, why]
    ['2026-09-30', 1, '2026-10-08', 'National Day 1–7 Oct is skipped'],
    ['2026-09-30', 3, '2026-10-10', 'Saturday 10 Oct is a make-up workday'],
    ['2026-09-30', 4, '2026-10-12', 'Sunday 11 Oct is a day off'],
    ['2026-09-18', 1, '2026-09-20', 'Sunday 20 Sep is a make-up workday, Saturday 19 is not'],
    ['2026-10-03', 1, '2026-10-08', 'counting from inside the holiday'],
    ['2026-02-13', 1, '2026-02-14', 'Saturday 14 Feb is a make-up workday'],
    ['2026-02-13', 2, '2026-02-24', 'Spring Festival 15–23 Feb is skipped'],
    ['2026-02-27', 1, '2026-02-28', 'Saturday 28 Feb is a make-up workday'],
    ['2026-04-30', 5, '2026-05-11', 'Labour Day 1–5 May skipped, Saturday 9 May worked'],
    ['2025-12-31', 1, '2026-01-04', 'New Year 1–3 Jan skipped, Sunday 4 Jan worked'],
    ['2026-11-20', 1, '2026-11-23', 'an ordinary weekend'],
  ] as const)('%s + %i working days = %s (%s)', (from, n, expected, _why) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });

  it('refuses a count below one', () => {
    expect(() => addWorkingDays('2026-10-01', 0)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-10-01', 1.5)).toThrow(RangeError);
  });

  it('layers an office’s own corrections over the package', () => {
    const cal = calendarWithOverrides(CHINA_WORK_CALENDAR, { holidays: ['2027-01-01'], workdays: ['2027-01-03'], coveredYears: [2027] });
    expect(cal.isWorkday('2027-01-01')).toBe(false); // a Friday, now a holiday
    expect(cal.isWorkday('2027-01-03')).toBe(true); // a Sunday, now worked
    expect(cal.isWorkday('2026-10-10')).toBe(true); // untouched days still come from the package
    expect(cal.covers(2027)).toBe(true);
  });
});

describe('Asia/Shanghai dates (UTC+8, no DST)', () => {
  it.each([
    ['2026-09-30T15:59:59.999Z', '2026-09-30'],
    ['2026-09-30T16:00:00.000Z', '2026-10-01'],
    ['2026-12-31T16:00:00Z', '2027-01-01'],
    ['2000-01-01T00:00:00+08:00', '2000-01-01'],
  ])('%s is %s in China', (instant, date) => expect(shanghaiDate(instant)).toBe(date));

  it('starts a day at 00:00 China time, i.e. 16:00 UTC the day before', () => {
    expect(shanghaiStartOfDay('2026-10-01').toISOString()).toBe('2026-09-30T16:00:00.000Z');
  });

  it('adds calendar days across months and years', () => {
    expect(addCalendarDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(weekday('2026-11-21')).toBe(6);
  });

  it('refuses a malformed date', () => {
    expect(() => addCalendarDays('2026-1-1', 1)).toThrow(RangeError);
  });
});
