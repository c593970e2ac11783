import { SATISFACTION_LABELS } from '#shared/domain/disputes/disputes.schema';
import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { DetailList, type Detail } from '../../../ui/DetailList';
import { formatDate } from '../china-time';

const terms = (text: string) => (
  <ol className="terms">
    {text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line, i) => (
        <li key={i}>{line}</li>
      ))}
  </ol>
);

function resultItems(d: DisputeDetail): Detail[] {
  const items: Detail[] = [];
  const add = (label: string, value: Detail['value'] | null | undefined | false) => {
    if (value) items.push({ label, value });
  };
  add(t.dispute.agreedTerms, d.agreedTerms && terms(d.agreedTerms));
  add(t.dispute.performance, d.performance);
  add(t.dispute.performanceDue, d.performanceDue && formatDate(d.performanceDue));
  add(t.dispute.returnVisitDue, d.returnVisitDueAt && !d.returnVisitAt && formatDate(d.returnVisitDueAt));
  add(t.dispute.failureReason, d.failureReason);
  add(t.dispute.court, d.court && t.dispute.courtLine(d.court.name, formatDate(d.court.date), d.court.reference));
  add(t.dispute.jointReferral, d.jointReferralAt && `${d.department?.name ?? ''} ${formatDateTime(d.jointReferralAt)}`.trim());
  add(t.dispute.department, d.department?.referredAt && t.dispute.departmentLine(d.department.name, formatDateTime(d.department.referredAt)));
  add(t.dispute.departmentResult, d.department?.result);
  add(t.dispute.feedback, d.feedback && `${SATISFACTION_LABELS[d.feedback.satisfaction]}（${formatDateTime(d.feedback.at)}）${d.feedback.notes ? `：${d.feedback.notes}` : ''}`);
  add(t.dispute.returnVisit, d.returnVisitAt && `${formatDateTime(d.returnVisitAt)}：${d.returnVisitNotes ?? ''}`);
  add(t.dispute.rejectionReason, d.rejectionReason);
  add(t.dispute.closedAt, d.closedAt && formatDateTime(d.closedAt));
  return items;
}

/** 办理结果: the agreement or the failure, referrals, the department's result, feedback, return visit, closing. */
export function ResultCard({ d }: { d: DisputeDetail }) {
  const items = resultItems(d);
  return (
    <section className="card" aria-label={t.dispute.result}>
      <h2 className="card__title">{t.dispute.result}</h2>
      {items.length === 0 ? <p className="muted">{t.dispute.noResult}</p> : <DetailList items={items} />}
    </section>
  );
}
