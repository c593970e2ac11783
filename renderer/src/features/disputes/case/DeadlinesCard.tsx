import { DEADLINE_KIND_LABELS, DEADLINE_STATUS_LABELS, TIER_LABELS } from '#shared/domain/disputes/disputes.schema';
import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { Badge } from '../../../ui/Badge';
import { deadlineTone } from '../ui/badges';
import { calendarGapNotice } from '#shared/domain/policy/pack-calendar';

/** 办理时限: each clock with its due time in Beijing time and its state, nearest first. */
export function DeadlinesCard({ d }: { d: DisputeDetail }) {
  return (
    <section className="card" aria-label={t.disputes.dispute.deadlines}>
      <h2 className="card__title">{t.disputes.dispute.deadlines}</h2>
      {d.deadlines.length === 0 ? (
        <p className="muted">{t.disputes.dispute.noDeadlines}</p>
      ) : (
        <ul className="deadlines">
          {d.deadlines.map((x) => (
            <li key={`${x.kind}-${x.underTier ?? ''}`} className={`deadline deadline--${x.status}`}>
              <div className="deadline__head">
                <span className="deadline__kind">
                  {DEADLINE_KIND_LABELS[x.kind]}
                  {x.underTier ? <span className="muted"> {t.disputes.dispute.underTier(TIER_LABELS[x.underTier])}</span> : null}
                </span>
                <Badge tone={deadlineTone(x.status)}>{DEADLINE_STATUS_LABELS[x.status]}</Badge>
              </div>
              <p className="deadline__time">
                {t.disputes.dispute.dueAt} {formatDateTime(x.dueAt)}
                {x.metAt ? <span className="muted deadline__met">{t.disputes.dispute.metAt} {formatDateTime(x.metAt)}</span> : null}
              </p>
              {x.calendarGap ? <p className="deadline__gap">{calendarGapNotice(x.calendarGap)}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
