import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useQuery } from '../../lib/useQuery';
import { Badge } from '../../ui/Badge';

const s = t.consult.countdowns;
const load = () => call('consult:countdowns', {});

/** 工作台's 结果公示倒计时: results being published (fewest days left first), then those about to be. */
export function CountdownsCard() {
  const q = useQuery(load);
  const list = q.data;
  if (!list) return null;
  return (
    <section className="card" aria-label={s.title}>
      <h2 className="card__title">{s.title}</h2>
      {list.length === 0 ? <p className="muted">{s.none}</p> : null}
      <ul className="plain-list countdowns">
        {list.map((p) => (
          <li key={p.id}>
            <Badge tone={p.countdown.state === 'running' ? (p.countdown.daysLeft <= 2 ? 'warning' : 'info') : 'muted'}>{p.countdownText}</Badge> <strong>{p.topicTitle}</strong>{' '}
            <span className="muted">
              {s.place(p.place, p.placeName)} · {p.publishedFrom} 至 {p.publishedUntil}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
