import { useState } from 'react';
import { duplicateRuleProblems, type DeadlineRule } from '#shared/domain/disputes/deadlines';
import { contract } from '#shared/ipc/contract';
import type { ErrorBody } from '#shared/ipc/envelope';
import { call } from '../../../ipc/client';
import { clearDraft, readDraft, writeDraft } from '../../../lib/drafts';
import { noteSessionLoss } from '../../../lib/session-events';
import { blankRule, draftOf, explainRuleError, ruleOf, type RuleDraft, type RuleField } from './rule-values';

const DRAFT = 'deadline-rules';

function restore(saved: DeadlineRule[]): { rows: RuleDraft[]; restored: boolean } {
  const draft = readDraft<{ rows: string }>(DRAFT, null);
  if (draft?.rows) {
    try {
      return { rows: JSON.parse(draft.rows) as RuleDraft[], restored: true };
    } catch {
      // An unreadable draft is dropped; the saved rules show.
    }
  }
  return { rows: saved.map(draftOf), restored: false };
}

/** The rules table being edited: kept as a draft until saved, errors by row from the server's issues. */
export function useRulesEditor(saved: DeadlineRule[]) {
  const [start] = useState(() => restore(saved));
  const [rows, setRows] = useState<RuleDraft[]>(start.rows);
  const [restored, setRestored] = useState(start.restored);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const [recomputed, setRecomputed] = useState<number | null>(null);

  const change = (next: RuleDraft[]) => {
    setRows(next);
    setRecomputed(null);
    writeDraft(DRAFT, null, { rows: JSON.stringify(next) });
  };

  return {
    rows,
    error,
    busy,
    restored,
    recomputed,
    dirty: restored || JSON.stringify(rows.map(ruleOf)) !== JSON.stringify(saved.map((r) => ruleOf(draftOf(r)))),
    update: (index: number, field: RuleField, value: string) => change(rows.map((r, i) => (i === index ? { ...r, [field]: value } : r))),
    add: () => change([...rows, blankRule()]),
    remove: (index: number) => change(rows.filter((_, i) => i !== index)),
    discard: () => {
      clearDraft(DRAFT);
      setRows(saved.map(draftOf));
      setRestored(false);
      setError(null);
    },
    /**
     * The table checked as the server will (the contract's schema, then duplicates),
     * before 确定保存吗？ is asked: a question about values that cannot be saved is noise.
     */
    check: (): boolean => {
      const rules = rows.map(ruleOf);
      const parsed = contract['disputes:update-rules'].input.safeParse({ rules });
      const issues = parsed.success
        ? duplicateRuleProblems(rules).map((p) => ({ path: ['rules', p.index], message: p.message }))
        : parsed.error.issues.map((i) => ({ path: i.path.map((k) => (typeof k === 'number' ? k : String(k))), message: i.message }));
      if (issues.length === 0) return true;
      setError(explainRuleError({ code: 'invalid-input', message: issues[0]!.message, issues }));
      return false;
    },
    save: async (): Promise<boolean> => {
      setBusy(true);
      const result = await call('disputes:update-rules', { rules: rows.map(ruleOf) });
      setBusy(false);
      noteSessionLoss(result);
      if (!result.ok) {
        setError(explainRuleError(result.error));
        return false;
      }
      clearDraft(DRAFT);
      setError(null);
      setRestored(false);
      setRows(result.value.rules.map(draftOf));
      setRecomputed(result.value.recomputed);
      return true;
    },
  };
}
