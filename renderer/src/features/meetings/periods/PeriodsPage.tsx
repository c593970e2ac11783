import { useCallback, useState } from 'react';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { periodShortLabel } from '#shared/domain/meetings/period-label';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useQuery } from '../../../lib/useQuery';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { MissedMeetingsCard } from '../MissedMeetingsCard';

const s = t.meetings.periods;
const MARK = { held: s.held, missed: s.missed, open: s.open, before: s.before } as const;

/** 会议周期: per kind with a cadence and per place, each period of the year held, missed or still open. */
export function PeriodsPage() {
  const [year, setYear] = useState(() => Number(shanghaiDate(new Date()).slice(0, 4)));
  const load = useCallback(() => call('meetings:periods', { year }), [year]);
  const periods = useQuery(load);
  const rows = periods.data?.rows ?? [];
  const kinds = [...new Set(rows.map((r) => r.kind))];
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{s.title}</h1>
        <div className="toolbar">
          <label className="grid-toolbar__label">{s.year}
            <input type="number" className="input--compact" value={year} min={2000} max={2100} onChange={(e) => setYear(Number(e.target.value) || year)} />
          </label>
        </div>
      </header>
      <p className="page__intro">{s.intro}</p>
      <ErrorBanner message={periods.error?.message} />
      <MissedMeetingsCard year={year} />
      {periods.data && rows.length === 0 ? <p className="muted">{s.empty}</p> : null}
      {kinds.map((kind) => {
        const of = rows.filter((r) => r.kind === kind);
        return (
          <section className="card card--table" key={kind} aria-label={of[0]!.kindName}>
            <h2 className="card__title">{of[0]!.kindName}</h2>
            <div className="table-scroll">
              <table className="table periods-table">
                <thead><tr><th>{s.unit}</th>{of[0]!.cells.map((c) => <th key={c.key}>{periodShortLabel(c.key)}</th>)}</tr></thead>
                <tbody>
                  {of.map((r) => (
                    <tr key={r.unitId}>
                      <th scope="row">{r.unitName}</th>
                      {r.cells.map((c) => <td key={c.key} className={`period period--${c.state}`} title={`${c.from}—${c.to}`}>{MARK[c.state]}</td>)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </div>
  );
}
