import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { availableActions, type CaseAction } from '../case-actions';

const LABELS: Record<CaseAction, string> = {
  assign: t.actions.assign,
  session: t.actions.session,
  evidence: t.actions.evidence,
  outcome: t.actions.outcome,
  refer: t.actions.refer,
  'department-result': t.actions.departmentResult,
  feedback: t.actions.feedback,
  'return-visit': t.actions.returnVisit,
  close: t.actions.close,
  reject: t.actions.reject,
  withdraw: t.actions.withdraw,
  escalate: t.actions.escalate,
  'edit-intake': t.actions.editIntake,
};
const DANGER: readonly CaseAction[] = ['reject', 'withdraw'];
const SECONDARY: readonly CaseAction[] = ['escalate', 'edit-intake', 'evidence'];

/** 办理: the steps this case allows now (lifecycle) and this operator may take (role). */
export function ActionsPanel({ d, onAction }: { d: DisputeDetail; onAction: (a: CaseAction) => void }) {
  const { may } = usePermissions();
  const actions = availableActions(d, may);
  const canWork = may('disputes:record-session');
  if (actions.length === 0 && canWork) return null;
  const [first] = actions.filter((a) => !DANGER.includes(a) && !SECONDARY.includes(a));
  return (
    <section className="card" aria-label={t.dispute.actions}>
      <h2 className="card__title">{t.dispute.actions}</h2>
      {!canWork ? <p className="muted">{t.dispute.readOnly}</p> : null}
      <div className="case-actions">
        {actions.map((a) => {
          const tone = a === first ? 'button--primary' : DANGER.includes(a) ? 'button--danger-outline' : '';
          const label = a === 'assign' && d.mediatorId ? t.actions.reassign : LABELS[a];
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
