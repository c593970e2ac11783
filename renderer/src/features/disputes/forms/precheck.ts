import { formProblems } from '#shared/domain/disputes/form-problems';
import { contract } from '#shared/ipc/contract';
import type { Envelope } from '#shared/ipc/envelope';
import { chinaDate } from '../china-time';

/**
 * Checks an intake or correction form before it is sent, with the contract's own
 * schema and the service's clock checks (form-problems.ts), so one submit shows
 * every problem. Null when there is none (then the server checks it all again).
 */
export function precheck<T>(channel: 'disputes:create' | 'disputes:correct-case', input: Record<string, unknown>): Envelope<T> | null {
  const issues = formProblems(contract[channel].input, input, new Date(), chinaDate());
  return issues.length === 0 ? null : { ok: false, error: { code: 'invalid-input', message: issues[0]!.message, issues } };
}
