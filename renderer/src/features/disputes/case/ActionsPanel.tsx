import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { availableActions, type CaseAction } from '../case-actions';

const LABELS: Record<CaseAction, string> = {
  assign: t.disputes.actions.assign,
  session: t.disputes.actions.session,
  evidence: t.disputes.actions.evidence,
  outcome: t.disputes.actions.outcome,
  refer: t.disputes.actions.refer,
  'department-result': t.disputes.actions.departmentResult,
  feedback: t.disputes.actions.feedback,
  'return-visit': t.disputes.actions.returnVisit,
  close: t.disputes.actions.close,
  reject: t.disputes.actions.reject,
  withdraw: t.disputes.actions.withdraw,
  escalate: t.disputes.actions.escalate,
  'edit-intake': t.disputes.actions.editIntake,
  correct: t.disputes.actions.correct,
};
const DANGER: readonly CaseAction[] = ['reject', 'withdraw'];
const SECONDARY: readonly CaseAction[] = ['escalate', 'edit-intake', 'correct', 'evidence'];

/** 办理: the steps this case allows now (lifecycle) and this operator may take (role). */
export function ActionsPanel({ d, onAction }: { d: DisputeDetail; onAction: (a: CaseAction) => void }) {
  const { may, operator } = usePermissions();
  const actions = availableActions(d, may, operator.role);
  const canWork = may('disputes:record-session');
  if (actions.length === 0 && canWork) return null;
  const [first] = actions.filter((a) => !DANGER.includes(a) && !SECONDARY.includes(a));
  return (
    <section className="card" aria-label={t.disputes.dispute.actions}>
      <h2 className="card__title">{t.disputes.dispute.actions}</h2>
      {!canWork ? <p className="muted">{t.disputes.dispute.readOnly}</p> : null}
      <div className="case-actions">
        {actions.map((a) => {
          const tone = a === first ? 'button--primary' : DANGER.includes(a) ? 'button--danger-outline' : '';
          const label = a === 'assign' && d.mediatorId ? t.disputes.actions.reassign : LABELS[a];
          return (
            <button key={a} type="button" className={`button ${tone}`.trim()} onClick={() => onAction(a)}>
              {label}
            </button>
          );
        })}
      </div>
    </section>
  );
}
