import { lastCompleteMonth, MONTH_PATTERN as MONTH } from '#shared/domain/disputes/report-months';
import { useId, useState } from 'react';
import { t } from '../../../i18n';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { chinaMonth } from '../china-time';
import { ExportResult } from '../exports/ExportResult';
import { useExport } from '../exports/useExport';
import { useMonthlyAnalysis } from '../useDisputes';
import { AnalysisBreakdowns } from './AnalysisBreakdowns';
import { AnalysisTiles } from './AnalysisTiles';
import { TrendChart } from './TrendChart';

// A whole month against a whole month: the running month is only a choice in the picker.
const defaultMonth = () => lastCompleteMonth(new Date());

/** 每月研判: one month against the previous and the twelve months before, for the monthly analysis of high-frequency problems. */
export function AnalysisPage() {
  const monthId = useId();
  const [typed, setTyped] = useState(defaultMonth);
  // The month picker may hold a half-typed value; the last valid month stays on screen.
  const [month, setMonth] = useState(defaultMonth);
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
          <AnalysisTiles a={a} />
          <TrendChart trend={a.trend} />
          <AnalysisBreakdowns a={a} />
        </>
      )}
    </div>
  );
}
