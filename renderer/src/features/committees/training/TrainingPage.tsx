import { useState } from 'react';
import { TRAINING_KIND_LABELS } from '#shared/domain/committees/training-rules';
import { hrefOf } from '../../../app/routes';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useQuery } from '../../../lib/useQuery';
import { Badge } from '../../../ui/Badge';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { percentText } from '../committee-labels';
import { TrainingForm } from './TrainingForm';

const s = t.committees.training;
const loadCoverage = () => call('committees:training-coverage', {});
const loadSessions = () => call('committees:list-trainings', {});

/** 培训: this quarter's coverage per committee and for the office (untrained committees flagged), and the sessions held. */
export function TrainingPage() {
  const { may } = usePermissions();
  const cov = useQuery(loadCoverage);
  const sessions = useQuery(loadSessions);
  const [adding, setAdding] = useState(false);
  const c = cov.data;
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{s.title}</h1>
        {may('committees:record-training') ? (
          <div className="toolbar">
            <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
              {s.add}
            </button>
          </div>
        ) : null}
      </header>
      <ErrorBanner message={cov.error?.message ?? sessions.error?.message} />
      <section className="card" aria-label={s.coverage}>
        <h2 className="card__title">{s.coverage}</h2>
        {c ? (
          <>
            <p className="composition__figure">{s.officeCoverage(c.from, c.to, c.office.trained, c.office.sitting, percentText(c.office.percent))}</p>
            {c.committees.length === 0 ? (
              <p className="muted">{s.noCommittees}</p>
            ) : (
              <table className="table">
                <thead>
                  <tr>
                    <th>{s.committee}</th>
                    <th className="num">{s.sitting}</th>
                    <th className="num">{s.trained}</th>
                    <th className="num">{s.rate}</th>
                    <th>{s.flag}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.committees.map((r) => (
                    <tr key={r.committeeId}>
                      <td>
                        <a href={hrefOf({ name: 'committee', id: r.committeeId })}>{`${r.estateName} 第 ${r.termNo} 届`}</a>
                      </td>
                      <td className="num">{r.sitting}</td>
                      <td className="num">{r.trained}</td>
                      <td className="num">{percentText(r.percent)}</td>
                      <td>{r.untrained ? <Badge tone="danger">{s.untrained}</Badge> : null}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        ) : null}
      </section>
      <section className="card" aria-label={s.sessions}>
        <h2 className="card__title">{s.sessions}</h2>
        {sessions.data && sessions.data.length === 0 ? <p className="muted">{s.empty}</p> : null}
        {sessions.data && sessions.data.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th>{s.heldOn}</th>
                <th>{s.topic}</th>
                <th>{s.kind}</th>
                <th>{s.trainer}</th>
                <th>{s.place}</th>
                <th className="num">{s.attendees}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((x) => (
                <tr key={x.id}>
                  <td>{x.heldOn}</td>
                  <td>{x.topic}</td>
                  <td>{TRAINING_KIND_LABELS[x.kind]}</td>
                  <td>{x.trainer}</td>
                  <td>{x.place}</td>
                  <td className="num">{x.attendees}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      {adding ? <TrainingForm onClose={() => setAdding(false)} /> : null}
    </div>
  );
}
