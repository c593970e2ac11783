import { t } from '../../../i18n';
import { changeText } from './change';

type Row = { key: string; label: string; count: number; previous: number };

/** 本月 / 上月 / 变化 for one breakdown, with a bar per row (a <meter>: no inline styles under the CSP). */
export function CountTable({ title, rows }: { title: string; rows: Row[] }) {
  const max = Math.max(1, ...rows.map((r) => Math.max(r.count, r.previous)));
  return (
    <section className="card" aria-label={title}>
      <h2 className="card__title">{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t.disputes.analysis.none}</p>
      ) : (
        <table className="table table--counts">
          <thead>
            <tr>
              <th scope="col">{t.disputes.analysis.name}</th>
              <th scope="col" className="num">
                {t.disputes.analysis.thisMonth}
              </th>
              <th scope="col" className="bar-col" aria-hidden="true" />
              <th scope="col" className="num">
                {t.disputes.analysis.lastMonth}
              </th>
              <th scope="col" className="num">
                {t.disputes.analysis.change}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td>{r.label}</td>
                <td className="num">{r.count}</td>
                <td className="bar-col">
                  <meter className="bar" min={0} max={max} value={r.count} aria-hidden="true" />
                </td>
                <td className="num">{r.previous}</td>
                <td className="num">{changeText(r.count, r.previous)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
