import { t } from '../../i18n';
import { formatCount, formatDateTime } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import type { BundleRow } from './useSync';

type Props = { rows: BundleRow[]; onRewrite?: (row: BundleRow) => void };

/** Every exported bundle, newest first; 已确认 once a city receipt lists it with the same manifest hash. */
export function BundlesTable({ rows, onRewrite }: Props) {
  const b = t.sync.bundles;
  return (
    <div className="table-scroll">
      <table className="table bundles-table" aria-label={b.label}>
        <thead>
          <tr>
            <th scope="col" className="num">
              {b.seq}
            </th>
            <th scope="col">{b.period}</th>
            <th scope="col">{b.file}</th>
            <th scope="col">{b.kind}</th>
            <th scope="col">{b.createdAt}</th>
            <th scope="col" className="num">
              {b.records}
            </th>
            <th scope="col">{b.privacy}</th>
            <th scope="col">{b.status}</th>
            {onRewrite ? <th scope="col">{t.common.actions}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.seq} data-seq={row.seq}>
              <td className="num">{row.seq}</td>
              <td>{row.period}</td>
              <td className="code bundles-table__file">{row.file}</td>
              <td>{row.kind === 'snapshot' ? b.snapshot : b.changes}</td>
              <td>{formatDateTime(row.createdAt)}</td>
              <td className="num">{formatCount(row.records)}</td>
              <td title={row.privacyReason ?? undefined}>{t.sync.privacyShort[row.privacy]}</td>
              <td title={row.confirmedAt ? b.confirmedAt(formatDateTime(row.confirmedAt)) : undefined}>
                {row.confirmed ? <Badge tone="success">{b.confirmed}</Badge> : <Badge tone="warning">{b.unconfirmed}</Badge>}
              </td>
              {onRewrite ? (
                <td>
                  <button type="button" className="button button--tiny" onClick={() => onRewrite(row)} aria-label={`${b.rewrite}第 ${row.seq} 号`}>
                    {b.rewrite}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
