import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import { TIER_LABELS } from '#shared/domain/disputes/disputes.schema';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';

/** 证据材料 and, when the tier was raised, the 等级调整记录. */
export function EvidenceCard({ d }: { d: DisputeDetail }) {
  return (
    <section className="card" aria-label={t.disputes.dispute.evidence}>
      <h2 className="card__title">{t.disputes.dispute.evidence}</h2>
      {d.evidence.length === 0 ? (
        <p className="muted">{t.disputes.dispute.noEvidence}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t.disputes.dispute.evidenceName}</th>
              <th scope="col">{t.disputes.dispute.providedBy}</th>
              <th scope="col">{t.disputes.dispute.evidenceReceivedAt}</th>
              <th scope="col">{t.disputes.forms.evidenceNotes}</th>
            </tr>
          </thead>
          <tbody>
            {d.evidence.map((e) => (
              <tr key={e.id}>
                <td>{e.name}</td>
                <td>{e.providedBy ?? t.common.none}</td>
                <td>{formatDateTime(e.receivedAt)}</td>
                <td>{e.notes ?? t.common.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {d.escalations.length > 0 ? (
        <>
          <h3 className="card__subtitle">{t.disputes.dispute.escalations}</h3>
          <ul className="plain-list">
            {d.escalations.map((x) => (
              <li key={x.id}>
                <span className="muted">{formatDateTime(x.escalatedAt)}</span> {t.disputes.dispute.escalation(TIER_LABELS[x.fromTier], TIER_LABELS[x.toTier])}：{x.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
