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
  add(t.disputes.dispute.agreedTerms, d.agreedTerms && terms(d.agreedTerms));
  add(t.disputes.dispute.performance, d.performance);
  add(t.disputes.dispute.performanceDue, d.performanceDue && formatDate(d.performanceDue));
  add(t.disputes.dispute.returnVisitDue, d.returnVisitDueAt && !d.returnVisitAt && formatDate(d.returnVisitDueAt));
  add(t.disputes.dispute.failureReason, d.failureReason);
  add(t.disputes.dispute.court, d.court && t.disputes.dispute.courtLine(d.court.name, formatDate(d.court.date), d.court.reference));
  add(t.disputes.dispute.jointReferral, d.jointReferralAt && t.disputes.dispute.jointLine(d.department?.joint ? d.department.name : null, formatDateTime(d.jointReferralAt)));
  add(t.disputes.dispute.department, d.department && !d.department.joint && t.disputes.dispute.departmentLine(d.department.name, formatDateTime(d.department.referredAt)));
  add(t.disputes.dispute.departmentResult, d.department?.result);
  add(t.disputes.dispute.feedback, d.feedback && `${SATISFACTION_LABELS[d.feedback.satisfaction]}（${formatDateTime(d.feedback.at)}）${d.feedback.notes ? `：${d.feedback.notes}` : ''}`);
  add(t.disputes.dispute.returnVisit, d.returnVisitAt && `${formatDateTime(d.returnVisitAt)}：${d.returnVisitNotes ?? ''}`);
  add(t.disputes.dispute.rejectionReason, d.rejectionReason);
  add(t.disputes.dispute.withdrawalReason, d.withdrawalReason);
  // 结案 / 不予受理 / 撤回 each name their own moment, with who did it.
  const endedLabel = d.status === 'rejected' ? t.disputes.dispute.rejectedAt : d.status === 'withdrawn' ? t.disputes.dispute.withdrawnAt : t.disputes.dispute.closedAt;
  add(endedLabel, d.closedAt && `${formatDateTime(d.closedAt)}${d.endedBy ? t.disputes.dispute.by(d.endedBy) : ''}`);
  return items;
}

/** 办理结果: the agreement or the failure, referrals, the department's result, feedback, return visit, closing. */
export function ResultCard({ d }: { d: DisputeDetail }) {
  const items = resultItems(d);
  return (
    <section className="card" aria-label={t.disputes.dispute.result}>
      <h2 className="card__title">{t.disputes.dispute.result}</h2>
      {items.length === 0 ? <p className="muted">{t.disputes.dispute.noResult}</p> : <DetailList items={items} />}
    </section>
  );
}
