import type { MonthlyAnalysis } from '#shared/domain/disputes/dispute-views';
import { t } from '../../../i18n';
import { changeText, percent } from './change';
import { StatTile } from './StatTile';

/** The month's headline figures against the month before, and a warning when the month is still running. */
export function AnalysisTiles({ a }: { a: MonthlyAnalysis }) {
  const s = t.disputes.analysis;
  const sat = a.satisfaction;
  const feedback = sat.satisfied + sat.basicallySatisfied + sat.dissatisfied;
  return (
    <>
      {!a.complete && (
        <div className="banner banner--info" role="status">
          <span className="banner__text">{s.incomplete(s.monthName(a.month))}</span>
        </div>
      )}
      <div className="tiles">
        <StatTile
          label={s.accepted}
          value={s.cases(a.accepted.count)}
          previous={s.cases(a.accepted.previous)}
          change={changeText(a.accepted.count, a.accepted.previous)}
          now={a.accepted.count}
          before={a.accepted.previous}
          riseIs="neutral"
          detail={s.intake(a.received.count, a.rejected.count, a.withdrawn.count)}
        />
        <StatTile
          label={s.successRate}
          value={percent(a.outcomes.successRate)}
          previous={percent(a.outcomes.previousSuccessRate)}
          change={changeText(a.outcomes.successRate, a.outcomes.previousSuccessRate, s.points)}
          now={a.outcomes.successRate}
          before={a.outcomes.previousSuccessRate}
          riseIs="good"
          detail={s.outcomeDetail(a.outcomes.settled, a.outcomes.failed, a.outcomes.referred)}
        />
        <StatTile
          label={s.satisfaction}
          value={percent(sat.rate)}
          previous={percent(sat.previousRate)}
          change={changeText(sat.rate, sat.previousRate, s.points)}
          now={sat.rate}
          before={sat.previousRate}
          riseIs="good"
          detail={feedback === 0 ? s.noFeedback : s.satisfactionDetail(sat.satisfied, sat.basicallySatisfied, sat.dissatisfied)}
        />
        <StatTile
          label={s.overdue}
          value={s.cases(a.overdue.count)}
          previous={s.cases(a.overdue.previous)}
          change={changeText(a.overdue.count, a.overdue.previous)}
          now={a.overdue.count}
          before={a.overdue.previous}
          riseIs="bad"
          detail={s.overdueDetail}
        />
      </div>
    </>
  );
}
