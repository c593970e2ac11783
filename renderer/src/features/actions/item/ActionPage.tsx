import { useState } from 'react';
import { ACTION_STEP_LABELS, type ActionStep } from '#shared/domain/actions/action-steps';
import { RESPONSIBLE_KIND_LABELS } from '#shared/domain/actions/actions.schema';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { hrefOf } from '../../../app/routes';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { Badge } from '../../../ui/Badge';
import { DetailList } from '../../../ui/DetailList';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { RecordHeader } from '../../../ui/RecordHeader';
import { sourceText, statusBadge } from '../action-labels';
import { ActionForm } from '../ActionForm';
import { useActionItem } from '../useActions';
import { ActionStepDialog, type DialogStep } from './ActionStepDialog';

const LIST = hrefOf({ name: 'actions', filter: {} });
const s = t.actions.item;
const CHANNEL = {
  update: 'actions:update',
  start: 'actions:start',
  complete: 'actions:complete',
  verify: 'actions:verify',
  reopen: 'actions:reopen',
} as const satisfies Record<ActionStep, string>;

type Mode = { kind: 'view' } | { kind: 'edit' } | { kind: 'step'; step: DialogStep };

/** One action item (#/actions/<id>): what, who, by when, and its progress, with the steps the shared rule allows now. */
export function ActionPage({ id }: { id: string }) {
  const { may } = usePermissions();
  const item = useActionItem(id);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const a = item.data;
  if (!a) {
    return (
      <div className="page">
        <RecordHeader backHref={LIST} backLabel={s.backToList} title={t.actions.list.title} />
        {item.loading ? <p className="muted">{t.common.loading}</p> : null}
        <ErrorBanner message={item.error?.code === 'not-found' ? s.notFound : item.error?.message} />
      </div>
    );
  }
  const badge = statusBadge(a);
  const close = () => setMode({ kind: 'view' });
  const buttons = a.steps
    .filter((step) => may(CHANNEL[step]))
    .map((step) => (
      <button
        key={step}
        type="button"
        className={step === 'complete' || step === 'verify' ? 'button button--primary' : 'button'}
        onClick={() => setMode(step === 'update' ? { kind: 'edit' } : { kind: 'step', step })}
      >
        {ACTION_STEP_LABELS[step]}
      </button>
    ));
  const none = t.common.none;
  return (
    <div className="page page--record">
      <RecordHeader backHref={LIST} backLabel={s.backToList} title={a.problem} subtitle={`${s.dueOn} ${a.dueOn} · ${a.responsibleName}`} actions={buttons.length > 0 ? <>{buttons}</> : null} />
      <p className="flags">
        <Badge tone={badge.tone}>{badge.text}</Badge>
      </p>
      <div className="card-grid">
        <section className="card" aria-label={s.details}>
          <h2 className="card__title">{s.details}</h2>
          <DetailList
            items={[
              { label: s.problem, value: a.problem },
              { label: s.rectification, value: a.rectification },
              { label: s.responsible, value: `${a.responsibleName}（${RESPONSIBLE_KIND_LABELS[a.responsibleKind]}）` },
              { label: s.dueOn, value: a.dueOn },
              {
                label: s.source,
                value: a.disputeId ? <a href={hrefOf({ name: 'dispute', id: a.disputeId })}>{sourceText(a)}</a> : sourceText(a),
              },
              { label: s.estate, value: a.estateId ? <a href={hrefOf({ name: 'estate', id: a.estateId })}>{a.estateName}</a> : none },
              { label: s.company, value: a.companyName ?? none },
            ]}
          />
        </section>
        <section className="card" aria-label={s.progress}>
          <h2 className="card__title">{s.progress}</h2>
          <DetailList
            items={[
              { label: s.startedOn, value: a.startedOn ?? s.notYet },
              { label: s.completed, value: a.completedOn && a.completedBy ? s.completedBy(a.completedOn, a.completedBy) : s.notYet },
              { label: s.evidence, value: a.evidence ?? none },
              { label: s.verified, value: a.verifiedOn && a.verifiedBy ? s.verifiedBy(a.verifiedOn, a.verifiedBy) : s.notYet },
              { label: s.verificationNote, value: a.verificationNote ?? none },
            ]}
          />
        </section>
      </div>
      {mode.kind === 'edit' ? <ActionForm item={a} onClose={close} /> : null}
      {/* The dialog's default dates are today's in China, as the server judges them. */}
      {mode.kind === 'step' ? <ActionStepDialog item={a} step={mode.step} today={shanghaiDate(new Date())} onClose={close} /> : null}
    </div>
  );
}
