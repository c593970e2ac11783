import { useState } from 'react';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { RecordHeader } from '../../../ui/RecordHeader';
import type { CaseAction } from '../case-actions';
import { CaseActionHost } from '../forms/CaseActionHost';
import { useDispute } from '../useDisputes';
import { useCategories } from '../useCategories';
import { ActionsPanel } from './ActionsPanel';
import { CaseFacts } from './CaseFacts';
import { DeadlinesCard } from './DeadlinesCard';
import { DocumentsPanel } from './DocumentsPanel';
import { EvidenceCard } from './EvidenceCard';
import { HistoryCard } from './HistoryCard';
import { PartiesCard } from './PartiesCard';
import { ResultCard } from './ResultCard';
import { SessionsCard } from './SessionsCard';
// actions (整改清单)
import { DisputeActionsSection } from '../../actions/links/LinkedActionsSections';
// consult (提交议题, 决议与公示)
import { LinkedTopicsSection } from '../../consult/LinkedTopicsSection';

const LIST = hrefOf({ name: 'disputes', filter: {} });

/** One case (#/disputes/<id>): facts, deadlines, parties, sessions, evidence, result, and the steps it allows now. */
export function DisputePage({ id }: { id: string }) {
  const dispute = useDispute(id);
  const [action, setAction] = useState<CaseAction | null>(null);
  const d = dispute.data;
  const categories = useCategories();

  if (!d) {
    return (
      <div className="page">
        <RecordHeader backHref={LIST} backLabel={t.disputes.dispute.backToList} title={t.disputes.list.title} />
        {dispute.loading ? <p className="muted">{t.common.loading}</p> : null}
        <ErrorBanner message={dispute.error?.code === 'not-found' ? t.disputes.dispute.notFound : dispute.error?.message}>
          {dispute.error?.code !== 'not-found' ? (
            <button type="button" className="button button--small" onClick={dispute.reload}>
              {t.app.retry}
            </button>
          ) : null}
        </ErrorBanner>
      </div>
    );
  }

  return (
    <div className="page page--record">
      <RecordHeader backHref={LIST} backLabel={t.disputes.dispute.backToList} title={d.caseNo} subtitle={`${categories.label(d.category)} · ${d.estateName}`} />
      <ErrorBanner message={dispute.error?.message} />
      <div className="case">
        <div className="case__main">
          <CaseFacts d={d} />
          <section className="card" aria-label={t.disputes.dispute.description}>
            <h2 className="card__title">{t.disputes.dispute.description}</h2>
            <p className="prose">{d.description}</p>
          </section>
          <PartiesCard d={d} onReload={dispute.reload} />
          <SessionsCard d={d} />
          <ResultCard d={d} />
          <EvidenceCard d={d} />
          <DisputeActionsSection d={d} />
          <LinkedTopicsSection title={t.consult.topics.caseTitle} caseId={d.id} dispute={d} />
          <HistoryCard id={d.id} />
        </div>
        <aside className="case__side">
          <ActionsPanel d={d} onAction={setAction} />
          <DocumentsPanel d={d} />
          <DeadlinesCard d={d} />
        </aside>
      </div>
      {action ? <CaseActionHost action={action} dispute={d} onClose={() => setAction(null)} onReload={dispute.reload} /> : null}
    </div>
  );
}
