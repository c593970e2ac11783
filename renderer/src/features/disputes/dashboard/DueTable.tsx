import { DEADLINE_MET_BY_LABELS, STATUS_LABELS } from '#shared/domain/disputes/disputes.schema';
import type { DisputeRow } from '#shared/domain/disputes/dispute-views';
import { pressingDeadline } from '#shared/domain/disputes/urgency';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { Badge } from '../../../ui/Badge';
import { dueBadge, statusTone } from '../ui/badges';
import { useCategories } from '../useCategories';

type Props = { rows: DisputeRow[]; emptyText: string; label: string };

/**
 * Cases with what they wait for and by when; each case number opens the case. A late
 * case shows the deadline it is ranked by (its missing first session, say), not an
 * older return visit.
 */
export function DueTable({ rows, emptyText, label }: Props) {
  const categories = useCategories();
  if (rows.length === 0) return <p className="muted day-empty">{emptyText}</p>;
  return (
    <table className="table table--due" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{t.disputes.columns.caseNo}</th>
          <th scope="col">{t.disputes.dashboard.due}</th>
          <th scope="col">{t.disputes.columns.category}</th>
          <th scope="col">{t.disputes.columns.estate}</th>
          <th scope="col">{t.disputes.columns.applicants}</th>
          <th scope="col">{t.disputes.columns.mediator}</th>
          <th scope="col">{t.disputes.columns.status}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const next = pressingDeadline(r.deadlines);
          const badge = next ? dueBadge(next, r.dueToday) : null;
          return (
            <tr key={r.id}>
              <td>
                <a className="cell-link code" href={hrefOf({ name: 'dispute', id: r.id })}>
                  {r.caseNo}
                </a>
              </td>
              <td>
                {next && badge ? (
                  <span className="due-cell">
                    <span>{t.disputes.dashboard.dueBy(DEADLINE_MET_BY_LABELS[next.metBy], formatDateTime(next.dueAt))}</span>
                    <Badge tone={badge.tone}>{badge.label}</Badge>
                  </span>
                ) : (
                  t.common.none
                )}
              </td>
              <td>{categories.label(r.category)}</td>
              <td>{r.estateName}</td>
              <td>{r.applicants || t.common.none}</td>
              <td>{r.mediatorName ?? t.disputes.dispute.unassigned}</td>
              <td>
                <Badge tone={statusTone(r.status)}>{STATUS_LABELS[r.status]}</Badge>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
