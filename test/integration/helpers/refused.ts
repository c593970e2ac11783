import type { LedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { expect } from 'vitest';
import { changeCount } from './temp-ledger';

/**
 * Dispatches a bad input and checks it is refused with `code`, naming `field` (the last
 * element of the first issue's path) when given, with no change-log entry written.
 * Returns the Chinese message, for the test to check what it says.
 */
export async function refusedWithNothingWritten(app: LedgerApp, session: Session, channel: string, input: Record<string, unknown>, code: string, field?: string): Promise<string> {
  const before = changeCount(app);
  const r = await app.dispatch(channel as never, input as never, session);
  expect(r.ok, JSON.stringify(input)).toBe(false);
  if (r.ok) return '';
  expect(r.error.code, r.error.message).toBe(code);
  if (field) expect(r.error.issues?.[0]?.path.at(-1)).toBe(field);
  expect(changeCount(app)).toBe(before);
  return r.error.message;
}
