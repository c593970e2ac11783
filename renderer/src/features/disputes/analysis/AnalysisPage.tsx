import { useId, useState } from 'react';
import { t } from '../../../i18n';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { chinaMonth } from '../china-time';
import { ExportResult } from '../exports/ExportResult';
import { useExport } from '../exports/useExport';
import { useMonthlyAnalysis } from '../useDisputes';
import { changeText, percent } from './change';
import { CountTable } from './CountTable';
import { StatTile } from './StatTile';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** 每月研判: one month against the previous, for the monthly analysis of high-frequency problems. */
export function AnalysisPage() {
  const monthId = useId();
  const [typed, setTyped] = useState(chinaMonth);
  // The month picker may hold a half-typed value; the last complete month stays on screen.
  const [month, setMonth] = useState(chinaMonth);
  const analysis = useMonthlyAnalysis(month);
  const exporting = useExport('disputes:export-monthly');
  const a = analysis.data;
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t.disputes.analysis.title}</h1>
        <div className="toolbar">
          <label htmlFor={monthId} className="grid-toolbar__label">
            {t.disputes.analysis.month}
          </label>
          <input
            id={monthId}
            type="month"
            className="input--compact"
            value={typed}
            max={chinaMonth()}
            onChange={(e) => {
              setTyped(e.target.value);
              if (MONTH.test(e.target.value)) setMonth(e.target.value);
            }}
          />
          <button type="button" className="button" disabled={!a || exporting.busy} aria-busy={exporting.busy} onClick={() => exporting.run({ month })}>
            {exporting.busy ? t.disputes.exports.exporting : t.disputes.exports.excel}
          </button>
          <button type="button" className="button" disabled={!a} onClick={() => window.print()}>
            {t.disputes.exports.print}
          </button>
        </div>
        {a ? <p className="print-only">{t.disputes.exports.monthOf(a.month, a.previousMonth)}</p> : null}
        <ExportResult state={exporting} message={(s) => t.disputes.exports.monthlyDone(s.fileName)} />
      </header>
      <ErrorBanner message={analysis.error?.message}>
        <button type="button" className="button button--small" onClick={analysis.reload}>
          {t.app.retry}
        </button>
      </ErrorBanner>
      {!a ? (
        <p className="muted">{t.common.loading}</p>
      ) : (
        <>
          <div className="tiles">
            <StatTile label={t.disputes.analysis.received} value={t.disputes.analysis.cases(a.received.count)} previous={t.disputes.analysis.cases(a.received.previous)} change={changeText(a.received.count, a.received.previous)} now={a.received.count} before={a.received.previous} riseIs="neutral" />
            <StatTile
              label={t.disputes.analysis.successRate}
              value={percent(a.outcomes.successRate)}
              previous={percent(a.outcomes.previousSuccessRate)}
              change={changeText(a.outcomes.successRate, a.outcomes.previousSuccessRate, t.disputes.analysis.points)}
              now={a.outcomes.successRate}
              before={a.outcomes.previousSuccessRate}
              riseIs="good"
            />
            <StatTile label={t.disputes.analysis.overdue} value={t.disputes.analysis.cases(a.overdue.count)} previous={t.disputes.analysis.cases(a.overdue.previous)} change={changeText(a.overdue.count, a.overdue.previous)} now={a.overdue.count} before={a.overdue.previous} riseIs="bad" />
          </div>
          <p className="muted">{t.disputes.analysis.outcomes(a.outcomes.settled, a.outcomes.failed, a.outcomes.referred)}</p>
          <section className="card" aria-label={t.disputes.analysis.topCategories}>
            <h2 className="card__title">{t.disputes.analysis.topCategories}</h2>
            {a.topCategories.length === 0 ? (
              <p className="muted">{t.disputes.analysis.noTop}</p>
            ) : (
              <ol className="top-list">
                {a.topCategories.map((c) => (
                  <li key={c.key}>
                    <span className="top-list__name">{c.label}</span>
                    <span>{t.disputes.analysis.cases(c.count)}</span>
                    <span className="muted">
                      {t.disputes.analysis.share} {c.share}%
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <div className="card-grid card-grid--wide">
            <CountTable title={t.disputes.analysis.byCategory} rows={a.byCategory} />
            <CountTable title={t.disputes.analysis.byTier} rows={a.byTier} />
            <CountTable title={t.disputes.analysis.byEstate} rows={a.byEstate} />
            <CountTable title={t.disputes.analysis.byCompany} rows={a.byCompany} />
          </div>
        </>
      )}
    </div>
  );
}
