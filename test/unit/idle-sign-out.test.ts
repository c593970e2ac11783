import { DEFAULT_IDLE_MINUTES, idleMinutesFrom, isIdle } from '#shared/domain/auth/idle-sign-out';
import { describe, expect, it } from 'vitest';

describe('idle sign-out', () => {
  it.each([
    [null, DEFAULT_IDLE_MINUTES],
    ['', DEFAULT_IDLE_MINUTES],
    ['abc', DEFAULT_IDLE_MINUTES],
    ['-5', DEFAULT_IDLE_MINUTES],
    ['2.5', DEFAULT_IDLE_MINUTES],
    ['0', 1],
    ['30', 30],
    [' 45 ', 45],
    ['9999', 240],
  ])('reads the setting %j as %i minutes', (stored, minutes) => {
    expect(idleMinutesFrom(stored)).toBe(minutes);
  });

  it('is idle from exactly the idle time on', () => {
    expect(isIdle(0, 15 * 60_000 - 1, 15)).toBe(false);
    expect(isIdle(0, 15 * 60_000, 15)).toBe(true);
  });
});
