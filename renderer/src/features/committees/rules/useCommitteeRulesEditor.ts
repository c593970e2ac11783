import { useState } from 'react';
import type { CommitteeRulesView } from '#shared/domain/committees/committee-views';
import type { ErrorBody } from '#shared/ipc/envelope';
import { call } from '../../../ipc/client';
import { noteSessionLoss } from '../../../lib/session-events';
import { changesOf, draftOf, inputOf, problemsOf, type Issue, type RulesDraft } from './rules-draft';

/** The rules form: validated whole before the question is asked, then saved, then told what changed. */
export function useCommitteeRulesEditor(saved: CommitteeRulesView) {
  const [base, setBase] = useState(() => draftOf(saved));
  const [draft, setDraft] = useState<RulesDraft>(base);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const change = (next: RulesDraft) => {
    setDraft(next);
    setDone(null);
    // Problems already shown are re-checked as the director types, so a fixed field clears at once.
    if (issues.length > 0) setIssues(problemsOf(next));
  };

  return {
    draft,
    issues,
    error,
    busy,
    done,
    changes: changesOf(base, draft),
    change,
    discard: () => {
      setDraft(base);
      setIssues([]);
      setError(null);
    },
    check: (): boolean => {
      const found = problemsOf(draft);
      setIssues(found);
      return found.length === 0;
    },
    save: async () => {
      setBusy(true);
      const result = await call('committees:update-rules', inputOf(draft));
      setBusy(false);
      noteSessionLoss(result);
      if (!result.ok) {
        setError(result.error);
        setIssues((result.error.issues ?? []).map((i) => ({ path: i.path, message: i.message })));
        return;
      }
      const summary = changesOf(base, draft).join('；');
      const next = draftOf(result.value);
      setBase(next);
      setDraft(next);
      setIssues([]);
      setError(null);
      setDone(summary);
    },
  };
}
