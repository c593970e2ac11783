import type { Envelope } from '#shared/ipc/envelope';

/**
 * A date or time the clerk left empty, refused before the round trip in the words of
 * the form: the server would otherwise see '' glued into an ISO instant and answer with
 * the ISO format (应为带时区的时间，如 2026-11-21T09:30:00+08:00), which no clerk types.
 * Each entry is [the form's field, its value, the field's label]; null when all are filled.
 */
export function blankFields(fields: [field: string, value: string, label: string][]): Envelope<never> | null {
  const blank = fields.filter(([, value]) => value.trim() === '');
  if (blank.length === 0) return null;
  const issues = blank.map(([field, , label]) => ({ path: [field], message: `请填写「${label}」` }));
  return { ok: false, error: { code: 'invalid-input', message: issues.map((i) => i.message).join('；'), issues } };
}
