import { hrefOf } from '../../app/routes';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useQuery } from '../../lib/useQuery';
import { percentText } from './committee-labels';

const s = t.committees.dashboard;
const load = () => call('committees:dashboard', {});

/** 工作台's 业委会 card: which estates fall short of the party share and by how many, and who had no training this quarter. */
export function CommitteeFlagsCard() {
  const q = useQuery(load);
  const d = q.data;
  if (!d || d.committees === 0) return null;
  return (
    <section className="card" aria-label={s.title}>
      <h2 className="card__title">{s.title}</h2>
      <p>{s.coverage(percentText(d.coverage.percent), d.coverage.trained, d.coverage.sitting)}</p>
      <p>{s.unfit(d.unfit.year, d.unfit.adjusted, d.unfit.members, percentText(d.unfit.percent), d.unfit.goalPercent)}</p>
      <h3 className="card__subtitle">{s.partyShort(d.requiredPercent, d.partyShortTotal)}</h3>
      {d.partyShort.length === 0 ? (
        <p className="muted">{s.noneShort}</p>
      ) : (
        <ul className="plain-list">
          {d.partyShort.map((r) => (
            <li key={r.committeeId}>
              <a href={hrefOf({ name: 'committee', id: r.committeeId })}>{r.estateName}</a> {s.short(percentText(r.percent), r.shortOfRequired)}
            </li>
          ))}
        </ul>
      )}
      <h3 className="card__subtitle">{s.untrained(d.untrainedTotal)}</h3>
      {d.untrained.length === 0 ? (
        <p className="muted">{s.noneUntrained}</p>
      ) : (
        <p>{d.untrained.map((r) => r.estateName).join('、')}</p>
      )}
    </section>
  );
}
