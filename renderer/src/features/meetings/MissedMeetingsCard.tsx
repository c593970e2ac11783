import { useState } from 'react';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { periodLabel } from '#shared/domain/meetings/period-label';
import { hrefOf } from '../../app/routes';
import { t } from '../../i18n';
import { Badge } from '../../ui/Badge';
import { useMissed } from './useMeetings';

const s = t.meetings.missed;

const thisYear = () => Number(shanghaiDate(new Date()).slice(0, 4));

/**
 * 未按期召开的会议 of a year: the 三级会商 counts and the missed periods, for the
 * whole office (工作台, 会议周期: the page chooses the year) or one estate or community
 * (its page: without `year` the card offers its own 年度, this year first, so last
 * year's record stays one click away in January).
 */
export function MissedMeetingsCard({ year: fixedYear, estateId, communityId, link = false }: { year?: number; estateId?: string; communityId?: string; link?: boolean }) {
  const [chosenYear, setChosenYear] = useState(thisYear);
  const year = fixedYear ?? chosenYear;
  const missed = useMissed(year, { ...(estateId ? { estateId } : {}), ...(communityId ? { communityId } : {}) });
  const d = missed.data;
  const shown = d?.missed.slice(0, 8) ?? [];
  return (
    <section className="card" aria-label={s.title}>
      <h2 className="card__title">{s.title}{d && d.total > 0 ? <Badge tone="warning">{d.total}</Badge> : null}</h2>
      {fixedYear === undefined ? (
        <label className="grid-toolbar__label">{s.year}
          <input type="number" className="input--compact" value={chosenYear} min={2000} max={2100} onChange={(e) => setChosenYear(Number(e.target.value) || chosenYear)} />
        </label>
      ) : null}
      {missed.error ? <p className="field__error">{missed.error.message}</p> : null}
      {d && d.levels.length > 0 && !estateId ? (
        <ul className="plain-list">{d.levels.map((l) => <li key={l.kind}>{s.level(l.kindName, l.held, l.expected, l.missed)}</li>)}</ul>
      ) : null}
      {d && d.total === 0 ? <p className="muted">{s.none(year === thisYear() ? '今年' : `${year} 年`)}</p> : null}
      {shown.length > 0 ? (
        <ul className="plain-list missed-list">
          {shown.map((x) => <li key={`${x.kind}-${x.unitId}-${x.period}`}>{periodLabel(x.period)} · {x.unitName} · {x.kindName}</li>)}
        </ul>
      ) : null}
      {d && d.total > shown.length ? <p className="muted">{s.more(d.total - shown.length)}</p> : null}
      {link ? <a className="card__more" href={hrefOf({ name: 'meeting-periods' })}>{s.open}</a> : null}
    </section>
  );
}
