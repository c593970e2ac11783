import { useCallback, useState } from 'react';
import { TOPIC_STATUS_LABELS } from '#shared/domain/meetings/meetings.schema';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useQuery } from '../../lib/useQuery';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { TextField } from '../../ui/TextField';
import { SavedFile } from '../documents/SavedFile';

const s = t.consult.requests;
const c = s.columns;

/** This month so far in China, the default period. */
function thisMonth(): { dateFrom: string; dateUntil: string } {
  const today = shanghaiDate(new Date());
  return { dateFrom: `${today.slice(0, 8)}01`, dateUntil: today };
}

/** 诉求响应台账: every resident request received in a period, from receipt to completion, and the 办结率. */
export function RequestsPage() {
  const [period, setPeriod] = useState(thisMonth);
  const load = useCallback(() => call('consult:request-ledger', period), [period]);
  const q = useQuery(load);
  const [saved, setSaved] = useState<{ file: string; fileName: string; rows: number } | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const bind = (name: 'dateFrom' | 'dateUntil') => ({
    name,
    value: period[name],
    onChange: (value: string) => setPeriod((p) => ({ ...p, [name]: value })),
    error: q.error?.issues?.find((i) => i.path[0] === name)?.message,
  });
  const run = async () => {
    const r = await call('consult:export-request-ledger', period);
    if (r.ok) setSaved(r.value);
    else setExportError(r.error.message);
  };
  const d = q.data;
  return (
    <div className="page page--list">
      <header className="page__header">
        <h1 className="page__title">{s.title}</h1>
        <div className="toolbar">
          <button type="button" className="button" onClick={() => void run()}>
            {s.export}
          </button>
        </div>
      </header>
      <section className="filters" aria-label={s.title}>
        <TextField {...bind('dateFrom')} label={s.from} type="date" />
        <TextField {...bind('dateUntil')} label={s.until} type="date" />
      </section>
      <ErrorBanner message={q.error?.message ?? exportError ?? undefined} />
      {saved ? <SavedFile saved={saved} message={s.exported(saved.fileName, saved.rows)} onClose={() => setSaved(null)} /> : null}
      {d ? <p className="requests__rate">{s.rate(d.received, d.completed, d.percent)}</p> : null}
      {d && d.rows.length === 0 ? <p className="muted">{s.empty}</p> : null}
      {d && d.rows.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              {[c.receivedOn, c.title, c.requester, c.place, c.status, c.meeting, c.published, c.completedOn, c.days].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {d.rows.map((r) => (
              <tr key={r.id}>
                <td>{r.receivedOn}</td>
                <td>{r.title}</td>
                <td>{r.requester ?? t.common.none}</td>
                <td>{r.placeName}</td>
                <td>{TOPIC_STATUS_LABELS[r.status]}</td>
                <td>{r.meetingTitle && r.meetingOn ? `${r.meetingOn} ${r.meetingTitle}` : t.common.none}</td>
                <td>{r.publishedFrom ?? t.common.none}</td>
                <td>{r.completedOn ?? t.common.none}</td>
                <td>{r.daysOpen}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
