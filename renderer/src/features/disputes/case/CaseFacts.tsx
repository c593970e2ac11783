import { SOURCE_LABELS, STATUS_LABELS, TIER_LABELS } from '#shared/domain/disputes/disputes.schema';
import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { DetailList, type Detail } from '../../../ui/DetailList';
import { Badge } from '../../../ui/Badge';
import { statusTone, tierTone } from '../ui/badges';
import { useCategories } from '../useCategories';

/** The case's status line and registered facts: source, times, estate and company (linked), tier, mediator, 12345 order. */
export function CaseFacts({ d }: { d: DisputeDetail }) {
  const categories = useCategories();
  const category = categories.label(d.category);
  const retired = categories.loaded && categories.list.some((c) => c.code === d.category && !c.offered);
  const items: Detail[] = [
    { label: t.disputes.dispute.source, value: SOURCE_LABELS[d.source] },
    { label: t.disputes.dispute.receivedAt, value: formatDateTime(d.receivedAt) },
    { label: t.disputes.dispute.estate, value: <a href={hrefOf({ name: 'estate', id: d.estateId })}>{d.estateName}</a> },
    { label: t.disputes.dispute.company, value: d.companyId ? <a href={hrefOf({ name: 'company', id: d.companyId })}>{d.companyName}</a> : t.disputes.dispute.noCompany },
    { label: t.disputes.dispute.category, value: retired ? <span title={t.disputes.categories.retiredOnCase}>{t.disputes.categories.retired(category)}</span> : category },
    {
      label: t.disputes.dispute.tier,
      value: (
        <>
          {TIER_LABELS[d.tier]}
          {d.tier !== d.suggestedTier ? <span className="muted">（{t.disputes.dispute.tierSuggested(TIER_LABELS[d.suggestedTier])}）</span> : null}
        </>
      ),
    },
    { label: t.disputes.dispute.mediator, value: d.mediatorName ?? <span className="muted">{t.disputes.dispute.unassigned}</span> },
  ];
  if (d.tierReason) items.push({ label: t.disputes.dispute.tierReason, value: d.tierReason });
  if (d.source === 'hotline-12345') {
    items.push({ label: t.disputes.dispute.hotlineOrderNo, value: <span className="code">{d.hotlineOrderNo}</span> });
    items.push({ label: t.disputes.dispute.hotlineReceivedAt, value: d.hotlineReceivedAt ? formatDateTime(d.hotlineReceivedAt) : t.common.none });
  }
  return (
    <section className="card" aria-label={t.disputes.dispute.facts}>
      <div className="case__badges">
        <Badge tone={statusTone(d.status)}>{STATUS_LABELS[d.status]}</Badge>
        <Badge tone={tierTone(d.tier)}>{TIER_LABELS[d.tier]}</Badge>
        <Badge tone="neutral">{category}</Badge>
        {d.hotlineDispatchedLate ? <Badge tone="danger">{t.disputes.dispute.hotlineLate}</Badge> : null}
      </div>
      {d.hotlineDispatchedLate ? (
        <p className="case__warning" role="note">
          {t.disputes.dispute.hotlineLateDetail}
        </p>
      ) : null}
      <DetailList items={items} />
    </section>
  );
}
