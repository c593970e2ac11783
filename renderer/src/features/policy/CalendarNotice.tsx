import { t } from '../../i18n';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { usePolicyStatus } from './usePolicy';

/**
 * The calendar's gap, said where deadlines are read (工作台, 时限规则): "2027 年节假日安排尚未导入，
 * 按周末计算", or that the years in force are only a sample. Nothing when all is covered.
 */
export function CalendarNotice() {
  const status = usePolicyStatus();
  const s = status.data;
  if (!s) return null;
  return (
    <>
      {s.calendarNotice ? <ErrorBanner tone="warning" message={s.calendarNotice} /> : null}
      {s.sampleYears.length > 0 ? <ErrorBanner tone="info" message={t.policy.sample(s.sampleYears.join('、'))} /> : null}
    </>
  );
}
