import type { DeadlineMetBy } from '#shared/domain/disputes/disputes.schema';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { formatCount } from '../../../lib/format';

type Props = { bySteps: { step: DeadlineMetBy; count: number }[] };

/** 已逾期 by what the case waits for, most pressing first; each count opens the ledger late on that step. */
export function OverdueSteps({ bySteps }: Props) {
  const shown = bySteps.filter((s) => s.count > 0);
  if (shown.length === 0) return null;
  return (
    <nav className="day-steps" aria-label={t.disputes.dashboard.bySteps}>
      <span className="day-steps__label">{t.disputes.dashboard.bySteps}</span>
      {shown.map(({ step, count }) => (
        <a key={step} className="day-steps__item" href={hrefOf({ name: 'disputes', filter: { due: step } })}>
          {t.disputes.lateOn[step]} <strong>{formatCount(count)}</strong>
        </a>
      ))}
    </nav>
  );
}
