import { CATEGORY_LABELS, DEADLINE_KIND_LABELS, DEADLINE_STATUS_LABELS, STATUS_LABELS } from '#shared/domain/disputes/disputes.schema';
import type { DisputeRow } from '#shared/domain/disputes/dispute-views';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { Badge } from '../../../ui/Badge';
import { deadlineTone, statusTone } from '../ui/badges';

type Props = { rows: DisputeRow[]; emptyText: string };

/** Cases with their nearest deadline; each case number opens the case. */
export function DueTable({ rows, emptyText }: Props) {
  if (rows.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <table className="table table--due">
      <thead>
        <tr>
          <th scope="col">{t.disputes.columns.caseNo}</th>
          <th scope="col">{t.disputes.columns.nextDue}</th>
          <th scope="col">{t.disputes.columns.category}</th>
          <th scope="col">{t.disputes.columns.estate}</th>
          <th scope="col">{t.disputes.columns.applicants}</th>
          <th scope="col">{t.disputes.columns.mediator}</th>
          <th scope="col">{t.disputes.columns.status}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const next = r.deadlines.find((d) => d.metAt === null && d.dueAt === r.nextDueAt);
          return (
            <tr key={r.id}>
              <td>
                <a className="cell-link code" href={hrefOf({ name: 'dispute', id: r.id })}>
                  {r.caseNo}
                </a>
              </td>
              <td>
                {next ? (
                  <span className="due-cell">
                    <span>
                      {DEADLINE_KIND_LABELS[next.kind]} {formatDateTime(next.dueAt)}
                    </span>
                    <Badge tone={deadlineTone(next.status)}>{DEADLINE_STATUS_LABELS[next.status]}</Badge>
                  </span>
                ) : (
                  t.common.none
                )}
              </td>
              <td>{CATEGORY_LABELS[r.category]}</td>
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
