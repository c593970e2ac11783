import type { ElectionDetail } from '#shared/domain/committees/committee-views';
import { OPINION_LABELS } from '#shared/domain/committees/vetting';
import { t } from '../../../i18n';
import { Badge } from '../../../ui/Badge';

type Props = { election: ElectionDetail; canVet: boolean; onRecord: (department: string) => void };
const s = t.committees.election;

/** 联审联查: each department's opinion per candidate, and which are still outstanding. */
export function ReviewTable({ election: e, canVet, onRecord }: Props) {
  // A candidate already decided (a failed one) needs no more opinions.
  const outstanding = e.candidates.filter((c) => c.decision === null).flatMap((c) => c.outstanding.map((d) => `${c.name}·${d}`));
  const open = e.candidates.some((c) => c.decision === null);
  return (
    <section className="card" aria-label={s.review}>
      <div className="card__header">
        <h2 className="card__title">{s.review}</h2>
        <p className={outstanding.length > 0 ? 'review__outstanding' : 'muted'} role="status">
          {outstanding.length > 0 ? s.outstanding(outstanding.length, outstanding.join('、')) : s.allIn}
        </p>
      </div>
      <div className="table-scroll">
      <table className="table" aria-label={s.reviewLabel}>
        <thead>
          <tr>
            <th scope="col">{s.name}</th>
            {e.departments.map((d) => (
              <th scope="col" key={d}>
                {d}
                {canVet && open ? (
                  <button type="button" className="button button--tiny review__record" onClick={() => onRecord(d)}>
                    {s.recordOpinions(d)}
                  </button>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {e.candidates.map((c) => {
            const byDept = new Map(c.opinions.map((o) => [o.department, o]));
            return (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                {e.departments.map((d) => {
                  const o = byDept.get(d);
                  return (
                    <td key={d} title={o?.note ?? undefined}>
                      {o ? <Badge tone={o.opinion === 'objection' ? 'danger' : 'success'}>{OPINION_LABELS[o.opinion]}</Badge> : <span className="muted">未反馈</span>}
                      {o?.note ? <span className="muted"> {o.note}</span> : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </section>
  );
}
