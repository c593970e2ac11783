import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';

/** 调解过程: each session with time, place, attendees, mediator and the notes. */
export function SessionsCard({ d }: { d: DisputeDetail }) {
  return (
    <section className="card" aria-label={t.disputes.dispute.sessions}>
      <h2 className="card__title">
        {t.disputes.dispute.sessions}
        {d.sessions.length > 0 ? <span className="page__count">{t.disputes.dispute.sessionCount(d.sessions.length)}</span> : null}
      </h2>
      {d.sessions.length === 0 ? (
        <p className="muted">{t.disputes.dispute.noSessions}</p>
      ) : (
        <ol className="sessions">
          {d.sessions.map((s) => (
            <li key={s.id} className="session">
              <dl className="session__meta">
                <div>
                  <dt>{t.disputes.dispute.heldAt}</dt>
                  <dd>{formatDateTime(s.heldAt)}</dd>
                </div>
                <div>
                  <dt>{t.disputes.dispute.place}</dt>
                  <dd>{s.place}</dd>
                </div>
                <div>
                  <dt>{t.disputes.dispute.attendees}</dt>
                  <dd>{s.attendees}</dd>
                </div>
                <div>
                  <dt>{t.disputes.dispute.mediator}</dt>
                  <dd>{s.mediatorName ?? t.common.none}</dd>
                </div>
              </dl>
              <p className="session__notes">
                <span className="session__label">{t.disputes.dispute.notes}：</span>
                {s.notes}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
