import { useState } from 'react';
import type { CandidateView } from '#shared/domain/committees/committee-views';
import { ELECTION_KIND_LABELS, ELECTION_STATUS_LABELS } from '#shared/domain/committees/election-actions';
import { hrefOf } from '../../../app/routes';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { RecordHeader } from '../../../ui/RecordHeader';
import { CompositionCard } from '../CompositionCard';
import { useElection } from '../useCommittees';
import { useCompositionRule } from '../useCommitteeRules';
import { CandidateMatrix } from './CandidateMatrix';
import { DocumentsCard } from './DocumentsCard';
import { ObjectionDialog, PublishDialog, ResolveDialog, ResultDialog } from './PublicationDialogs';
import { PublicationCard } from './PublicationCard';
import { ReviewTable } from './ReviewTable';
import { AddCandidateDialog, CheckDialog, DecisionDialog, OpinionsDialog } from './VettingDialogs';

const LIST = hrefOf({ name: 'elections' });
const s = t.committees.election;

type Mode =
  | { kind: 'view' } | { kind: 'add' } | { kind: 'check'; candidate: CandidateView; itemKey: string } | { kind: 'decide'; candidate: CandidateView }
  | { kind: 'opinions'; department: string } | { kind: 'publish' } | { kind: 'objection' } | { kind: 'resolve'; id: string } | { kind: 'result' };

/** The election workspace (#/elections/<id>): candidates against the checklist, the joint review, publication and the result. */
export function ElectionPage({ id }: { id: string }) {
  const { may } = usePermissions();
  const election = useElection(id);
  const rule = useCompositionRule();
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const e = election.data;
  if (!e) {
    return (
      <div className="page">
        <RecordHeader backHref={LIST} backLabel={s.backToList} title={t.committees.elections.title} />
        {election.loading ? <p className="muted">{t.common.loading}</p> : null}
        <ErrorBanner message={election.error?.code === 'not-found' ? s.notFound : election.error?.message} />
      </div>
    );
  }
  // Offered: what the shared step rule allows now and the operator's role may call.
  const can = (a: (typeof e.actions)[number], channel: Parameters<typeof may>[0]) => e.actions.includes(a) && may(channel);
  const canVet = can('vet', 'committees:record-check');
  const close = () => setMode({ kind: 'view' });
  const candidatesTitle = `${s.candidates}（${e.candidates.length} 人）`;
  return (
    <div className="page page--record">
      <RecordHeader
        backHref={LIST}
        backLabel={s.backToList}
        title={s.title(e.estateName, ELECTION_KIND_LABELS[e.kind])}
        subtitle={`${ELECTION_STATUS_LABELS[e.status]} · 小区 ${e.households} 户`}
        actions={
          can('add-candidate', 'committees:add-candidate') ? (
            <button type="button" className="button button--primary" onClick={() => setMode({ kind: 'add' })}>
              {s.addCandidate}
            </button>
          ) : null
        }
      />
      <section className="card" aria-label={s.candidates}>
        <h2 className="card__title">{candidatesTitle}</h2>
        {e.candidates.length === 0 ? (
          <p className="muted">{s.noCandidates}</p>
        ) : (
          <CandidateMatrix election={e} canVet={canVet} onCheck={(candidate, itemKey) => setMode({ kind: 'check', candidate, itemKey })} onDecide={(candidate) => setMode({ kind: 'decide', candidate })} />
        )}
      </section>
      {e.candidates.length > 0 ? <ReviewTable election={e} canVet={can('vet', 'committees:record-opinions')} onRecord={(department) => setMode({ kind: 'opinions', department })} /> : null}
      <CompositionCard title={s.composition} composition={e.composition} required={rule.requiredPercent} target={rule.targetPercent} who="candidates" />
      <PublicationCard
        election={e}
        canPublish={can('publish', 'committees:publish')}
        canObject={can('record-objection', 'committees:record-objection')}
        canResolve={can('record-objection', 'committees:resolve-objection')}
        canEnterResult={can('enter-result', 'committees:enter-result')}
        onPublish={() => setMode({ kind: 'publish' })}
        onObjection={() => setMode({ kind: 'objection' })}
        onResolve={(oid) => setMode({ kind: 'resolve', id: oid })}
        onResult={() => setMode({ kind: 'result' })}
      />
      <DocumentsCard election={e} />
      {mode.kind === 'add' ? <AddCandidateDialog election={e} onClose={close} /> : null}
      {mode.kind === 'check' ? <CheckDialog election={e} candidate={mode.candidate} itemKey={mode.itemKey} onClose={close} /> : null}
      {mode.kind === 'decide' ? <DecisionDialog election={e} candidate={e.candidates.find((c) => c.id === mode.candidate.id) ?? mode.candidate} onClose={close} /> : null}
      {mode.kind === 'opinions' ? <OpinionsDialog election={e} department={mode.department} onClose={close} /> : null}
      {mode.kind === 'publish' ? <PublishDialog election={e} onClose={close} /> : null}
      {mode.kind === 'objection' ? <ObjectionDialog election={e} onClose={close} /> : null}
      {mode.kind === 'resolve' ? <ResolveDialog election={e} objectionId={mode.id} onClose={close} /> : null}
      {mode.kind === 'result' ? <ResultDialog election={e} onClose={close} /> : null}
    </div>
  );
}
