import { DEFAULT_DEADLINE_RULES, computeDeadlines } from '#shared/domain/disputes/deadlines';
import { OFFICE_HOURS, clockText, dueTodayUntil, isDueToday, nextWorkday } from '#shared/domain/disputes/office-hours';
import { calendarWithOverrides, CHINA_WORK_CALENDAR } from '#shared/domain/disputes/work-calendar';
import { describe, expect, it } from 'vitest';

// Every time below is Beijing time (+08:00); 24 Nov 2026 is a Tuesday.
const at = (local: string) => new Date(`${local}:00+08:00`);
const iso = (local: string) => at(local).toISOString();

describe('office hours', () => {
  it('are 8:30 to 17:30, said the way people say them', () => {
    expect([clockText(OFFICE_HOURS.opens), clockText(OFFICE_HOURS.closes)]).toEqual(['8:30', '17:30']);
  });

  it.each([
    ['2026-11-24', '2026-11-25', 'a weekday: the next day'],
    ['2026-11-27', '2026-11-30', 'a Friday: the Monday'],
    ['2026-11-28', '2026-11-30', 'a Saturday: the Monday'],
    ['2026-09-30', '2026-10-08', 'the eve of 国庆: after the holiday'],
    ['2026-02-13', '2026-02-14', 'before a 调休 Saturday: that Saturday'],
  ])('the next working day after %s is %s (%s)', (date, next) => {
    expect(nextWorkday(date)).toBe(next);
  });
});

describe('今日到期: passes before the office next opens', () => {
  it.each([
    // [now, due, due today?, why]
    ['2026-11-24T09:00', '2026-11-24T16:00', true, 'due this afternoon'],
    ['2026-11-24T09:00', '2026-11-24T20:00', true, 'due tonight, after closing: nobody is back before it passes'],
    ['2026-11-24T09:00', '2026-11-25T08:29', true, 'due before opening tomorrow'],
    ['2026-11-24T09:00', '2026-11-25T08:30', false, 'due the minute the office opens tomorrow'],
    ['2026-11-24T16:05', '2026-11-25T16:00', false, 'a 24-hour case received at 16:00: not due on the day it came in'],
    ['2026-11-25T08:00', '2026-11-25T16:00', true, 'the same case at 8:00 the next day, before opening'],
    ['2026-11-25T00:00', '2026-11-25T16:00', true, 'the same case from midnight'],
    ['2026-11-24T23:59', '2026-11-25T16:00', false, 'the same case one minute before midnight'],
    ['2026-11-27T16:05', '2026-11-28T16:00', true, 'a 24-hour case received on a Friday at 16:00 is due on the Saturday'],
    ['2026-11-28T10:00', '2026-11-30T08:00', true, 'on a Saturday, everything due before Monday opens'],
    ['2026-09-30T10:00', '2026-10-06T10:00', true, 'the eve of 国庆: due during the holiday'],
    ['2026-11-24T09:00', '2026-11-24T08:59', false, 'already passed: that is overdue, not due today'],
    ['2026-11-24T09:00', '2026-11-24T09:00', true, 'due this very minute has not passed yet'],
  ])('at %s, a deadline due %s: %s (%s)', (now, due, expected) => {
    expect(isDueToday(iso(due), at(now))).toBe(expected);
  });

  it('ends at the next opening, also when asked after closing time', () => {
    expect(dueTodayUntil(at('2026-11-24T20:00')).toISOString()).toBe(iso('2026-11-25T08:30'));
    expect(dueTodayUntil(at('2026-11-24T07:00')).toISOString()).toBe(iso('2026-11-25T08:30'));
  });

  it('follows the calendar it is given (a holiday the office entered itself)', () => {
    const calendar = calendarWithOverrides(CHINA_WORK_CALENDAR, { holidays: ['2026-11-25'] });
    expect(isDueToday(iso('2026-11-25T16:00'), at('2026-11-24T10:00'), calendar)).toBe(true);
    expect(isDueToday(iso('2026-11-25T16:00'), at('2026-11-24T10:00'))).toBe(false);
  });

  it('nothing due is never due today', () => {
    expect(isDueToday(null, at('2026-11-24T10:00'))).toBe(false);
  });

  it('is the 24-hour rule the issue describes, end to end from the deadline rules', () => {
    const facts = { source: 'walk-in', tier: 'minor', status: 'registered', receivedAt: iso('2026-11-24T16:00') } as const;
    const [mediate] = computeDeadlines(facts, DEFAULT_DEADLINE_RULES, at('2026-11-24T16:00'));
    expect(mediate?.dueAt).toBe(iso('2026-11-25T16:00'));
    expect(isDueToday(mediate!.dueAt, at('2026-11-24T17:00'))).toBe(false);
    expect(isDueToday(mediate!.dueAt, at('2026-11-25T08:00'))).toBe(true);
  });
});
