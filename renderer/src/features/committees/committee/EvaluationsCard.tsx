import type { EvaluationView } from '#shared/domain/committees/committee-views';
import { VERDICT_LABELS } from '#shared/domain/committees/evaluation-rules';
import { t } from '../../../i18n';
import { Badge } from '../../../ui/Badge';

type Props = { evaluations: EvaluationView[]; onAdd?: () => void };
const s = t.committees.evaluation;

/** 履职评议: each half year's total, rank among the office's committees, verdict and rectification deadline. */
export function EvaluationsCard({ evaluations, onAdd }: Props) {
  return (
    <section className="card" aria-label={s.title}>
      <div className="card__header">
        <h2 className="card__title">{s.title}</h2>
        {onAdd ? (
          <button type="button" className="button button--small" onClick={onAdd}>
            {s.add}
          </button>
        ) : null}
      </div>
      {evaluations.length === 0 ? (
        <p className="muted">{s.none}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{s.half}</th>
              <th>{s.evaluatedOn}</th>
              <th className="num">{s.total}</th>
              <th>{s.rank}</th>
              <th>{s.verdict}</th>
              <th>{s.evaluators}</th>
            </tr>
          </thead>
          <tbody>
            {evaluations.map((e) => (
              <tr key={e.id}>
                <td>{e.half.replace('-H1', ' 上半年').replace('-H2', ' 下半年')}</td>
                <td>{e.evaluatedOn}</td>
                <td className="num">{e.total}</td>
                <td>{s.rankOf(e.rank, e.of)}</td>
                <td>
                  <Badge tone={e.verdict === 'satisfactory' ? 'success' : e.verdict === 'rectification' ? 'warning' : 'danger'}>{VERDICT_LABELS[e.verdict]}</Badge>
                  {e.rectificationDue ? <span className="muted"> {s.due(e.rectificationDue)}</span> : null}
                </td>
                <td>{e.evaluators.join('、')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
