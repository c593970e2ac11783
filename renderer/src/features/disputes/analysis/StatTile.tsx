import { t } from '../../../i18n';
import { trendOf } from './change';

type Props = {
  label: string;
  value: string;
  previous: string;
  change: string;
  now: number | null;
  before: number | null;
  /** Whether a rise is good news (success rate) or bad (overdue). */
  riseIs: 'good' | 'bad' | 'neutral';
  /** What the figure is made of, in one line (e.g. 满意 3、基本满意 1、不满意 0 件). */
  detail?: string;
};

/** One figure of the month against the previous month. */
export function StatTile({ label, value, previous, change, now, before, riseIs, detail }: Props) {
  const trend = trendOf(now, before);
  const mood = trend === 'flat' || riseIs === 'neutral' ? 'neutral' : (trend === 'up') === (riseIs === 'good') ? 'good' : 'bad';
  return (
    <div className="tile tile--stat">
      <span className="tile__label">{label}</span>
      <span className="tile__value">{value}</span>
      <span className="tile__compare">
        {t.disputes.analysis.previous(previous)}
        <span className={`trend trend--${mood}`}>{change}</span>
      </span>
      {detail && <span className="tile__detail">{detail}</span>}
    </div>
  );
}
