import { useState } from 'react';
import { COMMITTEE_ACTION_LABELS, type CommitteeAction } from '#shared/domain/committees/committee-actions';
import type { MemberView } from '#shared/domain/committees/committee-views';
import { COMMITTEE_KIND_LABELS, COMMITTEE_STATUS_LABELS } from '#shared/domain/committees/committees.schema';
import { hrefOf } from '../../../app/routes';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { Badge } from '../../../ui/Badge';
import { DetailList } from '../../../ui/DetailList';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { RecordHeader } from '../../../ui/RecordHeader';
import { CompositionCard } from '../CompositionCard';
import { FLAG_TONES, flagLabel } from '../committee-labels';
import { CommitteeForm } from '../list/CommitteeForm';
import { useCommittee } from '../useCommittees';
import { useCompositionRule } from '../useCommitteeRules';
import { CeaseMemberDialog } from './CeaseMemberDialog';
import { CommitteeActionDialog, type DialogAction } from './CommitteeActionDialog';
import { EvaluationForm } from './EvaluationForm';
import { EvaluationsCard } from './EvaluationsCard';
import { HistoryCards } from './HistoryCards';
import { MemberForm } from './MemberForm';
import { MembersCard } from './MembersCard';
import { AdvanceWithdrawalDialog, ProposeWithdrawalDialog } from './WithdrawalDialogs';
import { WithdrawalsCard } from './WithdrawalsCard';

const LIST = hrefOf({ name: 'committees' });
const s = t.committees.committee;
const CHANNEL: Record<CommitteeAction, Parameters<ReturnType<typeof usePermissions>['may']>[0]> = {
  update: 'committees:update',
  'add-member': 'committees:add-member',
  seat: 'committees:seat',
  'record-correction': 'committees:record-correction',
  'order-re-election': 'committees:order-re-election',
  dissolve: 'committees:dissolve',
  evaluate: 'committees:record-evaluation',
};

type Mode = { kind: 'view' } | { kind: 'edit' } | { kind: 'action'; action: DialogAction } | { kind: 'member'; member: MemberView | null } | { kind: 'cease'; member: MemberView } | { kind: 'evaluate' } | { kind: 'withdraw'; member: MemberView } | { kind: 'advance'; id: string };

/** One term (#/committees/<id>): its facts, party share, members, the estate's terms and the street's corrections. */
export function CommitteePage({ id }: { id: string }) {
  const { may } = usePermissions();
  const committee = useCommittee(id);
  const rule = useCompositionRule();
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const c = committee.data;
  if (!c) {
    return (
      <div className="page">
        <RecordHeader backHref={LIST} backLabel={s.backToList} title={t.committees.list.title} />
        {committee.loading ? <p className="muted">{t.common.loading}</p> : null}
        <ErrorBanner message={committee.error?.code === 'not-found' ? s.notFound : committee.error?.message} />
      </div>
    );
  }
  // Offered: what the shared rule allows in this state and the operator's role may call.
  const offered = c.actions.filter((a) => may(CHANNEL[a]));
  const close = () => setMode({ kind: 'view' });
  const buttons = offered
    .filter((a) => a !== 'add-member' && a !== 'evaluate')
    .map((a) => (
      <button
        key={a}
        type="button"
        className={a === 'dissolve' ? 'button button--danger-outline' : a === 'seat' ? 'button button--primary' : 'button'}
        onClick={() => setMode(a === 'update' ? { kind: 'edit' } : { kind: 'action', action: a as DialogAction })}
      >
        {COMMITTEE_ACTION_LABELS[a]}
      </button>
    ));
  return (
    <div className="page page--record">
      <RecordHeader
        backHref={LIST}
        backLabel={s.backToList}
        title={s.termTitle(c.estateName, c.termNo, COMMITTEE_KIND_LABELS[c.kind])}
        subtitle={`${COMMITTEE_STATUS_LABELS[c.status]} · ${c.termStart} 至 ${c.termEnd}`}
        actions={buttons.length > 0 ? <>{buttons}</> : null}
      />
      {c.flags.length > 0 ? (
        <p className="flags">
          {c.flags.map((f) => (
            <Badge key={f} tone={FLAG_TONES[f]}>
              {flagLabel(f)}
            </Badge>
          ))}
        </p>
      ) : null}
      <div className="card-grid">
        <section className="card" aria-label={s.details}>
          <h2 className="card__title">{s.details}</h2>
          <DetailList
            items={[
              { label: s.term, value: `${c.termStart} 至 ${c.termEnd}` },
              { label: s.filedOn, value: c.filedOn ?? t.common.none },
              { label: s.partyBranch, value: c.partyBranch ?? t.common.none },
              { label: s.households, value: `${c.households} 户` },
              ...(c.endedOn ? [{ label: s.ended, value: c.endedOn }, { label: s.endReason, value: c.endReason ?? t.common.none }] : []),
            ]}
          />
          <a className="card__more" href={hrefOf({ name: 'estate', id: c.estateId })}>
            {c.estateName}
          </a>
        </section>
        <CompositionCard title={s.composition} composition={c.composition} required={rule.requiredPercent} target={rule.targetPercent} />
      </div>
      <MembersCard
        members={c.members}
        canEdit={offered.includes('add-member') && may('committees:update-member')}
        onAdd={offered.includes('add-member') ? () => setMode({ kind: 'member', member: null }) : undefined}
        onEdit={(m) => setMode({ kind: 'member', member: m })}
        onCease={(m) => setMode({ kind: 'cease', member: m })}
        onWithdraw={may('committees:propose-withdrawal') ? (m) => setMode({ kind: 'withdraw', member: m }) : undefined}
      />
      <WithdrawalsCard withdrawals={c.withdrawals} onAdvance={may('committees:advance-withdrawal') ? (w) => setMode({ kind: 'advance', id: w.id }) : undefined} />
      <EvaluationsCard
        evaluations={c.evaluations}
        onAdd={offered.includes('evaluate') ? () => setMode({ kind: 'evaluate' }) : undefined}
      />
      <HistoryCards committee={c} />
      {mode.kind === 'edit' ? <CommitteeForm committee={c} onClose={close} /> : null}
      {mode.kind === 'action' ? <CommitteeActionDialog committee={c} action={mode.action} onClose={close} /> : null}
      {mode.kind === 'member' ? <MemberForm committee={c} member={mode.member} onClose={close} /> : null}
      {mode.kind === 'withdraw' ? <ProposeWithdrawalDialog member={mode.member} onClose={close} /> : null}
      {mode.kind === 'advance' && c.withdrawals.some((w) => w.id === mode.id) ? (
        <AdvanceWithdrawalDialog withdrawal={c.withdrawals.find((w) => w.id === mode.id)!} onClose={close} />
      ) : null}
      {mode.kind === 'evaluate' ? <EvaluationForm committee={c} onClose={close} /> : null}
      {mode.kind === 'cease' ? <CeaseMemberDialog member={mode.member} onClose={close} /> : null}
    </div>
  );
}
