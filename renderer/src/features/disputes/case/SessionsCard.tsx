import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';

/** 调解过程: each session with time, place, attendees, mediator and the notes. */
export function SessionsCard({ d }: { d: DisputeDetail }) {
  return (
    <section className="card" aria-label={t.dispute.sessions}>
      <h2 className="card__title">
        {t.dispute.sessions}
        {d.sessions.length > 0 ? <span className="page__count">{t.dispute.sessionCount(d.sessions.length)}</span> : null}
      </h2>
      {d.sessions.length === 0 ? (
        <p className="muted">{t.dispute.noSessions}</p>
      ) : (
        <ol className="sessions">
          {d.sessions.map((s) => (
            <li key={s.id} className="session">
              <dl className="session__meta">
                <div>
                  <dt>{t.dispute.heldAt}</dt>
                  <dd>{formatDateTime(s.heldAt)}</dd>
                </div>
                <div>
                  <dt>{t.dispute.place}</dt>
                  <dd>{s.place}</dd>
                </div>
                <div>
                  <dt>{t.dispute.attendees}</dt>
                  <dd>{s.attendees}</dd>
                </div>
                <div>
                  <dt>{t.dispute.mediator}</dt>
                  <dd>{s.mediatorName ?? t.common.none}</dd>
                </div>
              </dl>
              <p className="session__notes">
                <span className="session__label">{t.dispute.notes}：</span>
                {s.notes}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
