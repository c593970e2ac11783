import type { ClockAnchor, DeadlineMetBy, DeadlineRule, DeadlineUnit } from '#shared/domain/disputes/deadlines';
import type { DeadlineKind, DisputeSource, DisputeTier } from '#shared/domain/disputes/disputes.schema';
import type { OutcomeStatus } from '#shared/domain/disputes/dispute-lifecycle';
import type { ErrorBody, FieldIssue } from '#shared/ipc/envelope';
import { t } from '../../../i18n';

/** One rule as edited: every field a string ('' = 不限 for a condition), `from` kept as it was. */
export type RuleDraft = { key: string; kind: string; tier: string; source: string; status: string; amount: string; unit: string; metBy: string; from: string };
export type RuleField = Exclude<keyof RuleDraft, 'key'>;

let counter = 0;
const newKey = () => `r${Date.now().toString(36)}${(counter++).toString(36)}`;

export const draftOf = (r: DeadlineRule): RuleDraft => ({
  key: newKey(),
  kind: r.kind,
  tier: r.when.tier ?? '',
  source: r.when.source ?? '',
  status: r.when.status ?? '',
  amount: String(r.amount),
  unit: r.unit,
  metBy: r.metBy,
  from: r.from ?? '',
});

export const blankRule = (): RuleDraft => ({ key: newKey(), kind: 'resolve', tier: '', source: '', status: '', amount: '7', unit: 'calendar-days', metBy: 'outcome', from: '' });

/** What `disputes:update-rules` receives; a non-number amount goes as is so the server names it. */
export function ruleOf(d: RuleDraft): DeadlineRule {
  const amount = d.amount.trim() === '' ? Number.NaN : Number(d.amount.trim());
  return {
    kind: d.kind as DeadlineKind,
    when: {
      ...(d.tier ? { tier: d.tier as DisputeTier } : {}),
      ...(d.source ? { source: d.source as DisputeSource } : {}),
      ...(d.status ? { status: d.status as OutcomeStatus } : {}),
    },
    // NaN travels as null in JSON: the server then says 应为整数 under 数值.
    amount,
    unit: d.unit as DeadlineUnit,
    metBy: d.metBy as DeadlineMetBy,
    ...(d.from ? { from: d.from as ClockAnchor } : {}),
  };
}

/** One row's problems, by field ('' for the rule as a whole, e.g. a duplicate). */
export function rowIssues(issues: readonly FieldIssue[] | undefined, index: number): { field: string; message: string }[] {
  return (issues ?? []).filter((i) => i.path[0] === 'rules' && i.path[1] === index).map((i) => ({ field: String(i.path[2] ?? ''), message: i.message }));
}

/** Column names as the table shows them, for messages about one rule. */
export const RULE_FIELD_LABELS: Record<string, string> = { kind: t.disputes.rules.kind, when: t.disputes.rules.when, amount: t.disputes.rules.amount, unit: t.disputes.rules.unit, metBy: t.disputes.rules.metBy };

/** The top message names the rule by its row number and column (「第 1 条」「数值」), as the clerk sees the table. */
export function explainRuleError(error: ErrorBody): ErrorBody {
  const first = error.issues?.[0];
  if (!first || first.path[0] !== 'rules' || typeof first.path[1] !== 'number') return error;
  const field = RULE_FIELD_LABELS[String(first.path[2] ?? '')];
  const more = t.disputes.forms.moreIssues((error.issues?.length ?? 1) - 1);
  return { ...error, message: `${t.disputes.rules.rowMessage(first.path[1] + 1, field, first.message)}${more}` };
}
