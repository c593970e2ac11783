/**
 * Every problem of an intake or correction form at once. The contract's zod schema
 * stops at the first layer (a refinement of the whole form, or of a party, waits
 * until the fields under it parse) and the clock checks (a receipt time in the
 * future, a birth date over 120 years ago) are the service's, after the schema: so
 * a clerk met them in rounds. The renderer runs this before it sends, from the same
 * schemas the contract uses plus the checks the service makes with the clock; the
 * server still checks everything itself.
 */
import type { z } from 'zod';
import type { FieldIssue } from '../../ipc/envelope';
import { idNumberProblem } from './id-number';
import { receivedAtProblem } from './disputes.schema';

type RawForm = { source?: unknown; hotlineOrderNo?: unknown; hotlineReceivedAt?: unknown; receivedAt?: unknown; parties?: unknown };

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const key = (i: FieldIssue) => i.path.join('.');

/** The schema's issues, then those that need the clock or were held back behind a field error, one per field. */
export function formProblems(schema: z.ZodType, input: RawForm, now: Date, shanghaiToday: string): FieldIssue[] {
  const parsed = schema.safeParse(input);
  const issues: FieldIssue[] = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.map((k) => (typeof k === 'number' ? k : String(k))), message: i.message }));
  const add = (issue: FieldIssue) => {
    if (!issues.some((i) => key(i) === key(issue))) issues.push(issue);
  };
  const received = text(input.receivedAt);
  if (received && !Number.isNaN(Date.parse(received))) {
    const problem = receivedAtProblem(new Date(received).toISOString(), now);
    if (problem) add({ path: ['receivedAt'], message: problem });
  }
  const hotline = text(input.hotlineReceivedAt);
  if (hotline && Date.parse(hotline) > now.getTime()) add({ path: ['hotlineReceivedAt'], message: '不能晚于当前时间' });
  if (input.source === 'hotline-12345' && !text(input.hotlineOrderNo)) add({ path: ['hotlineOrderNo'], message: '12345 热线转来的案件必须填写' });
  if (Array.isArray(input.parties)) {
    input.parties.forEach((p: unknown, n) => {
      const id = text((p as { idNumber?: unknown } | null)?.idNumber);
      const problem = id ? idNumberProblem(id.toUpperCase(), shanghaiToday) : null;
      if (problem) add({ path: ['parties', n, 'idNumber'], message: problem });
    });
  }
  return issues;
}
