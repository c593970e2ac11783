import { useCallback } from 'react';
import { MEETING_STATUS_LABELS } from '#shared/domain/meetings/meetings.schema';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { hrefOf } from '../../app/routes';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useQuery } from '../../lib/useQuery';
import { ErrorBanner } from '../../ui/ErrorBanner';

const s = t.consult.meetings;

/**
 * An estate's or a community's meetings on its page, newest first (the meetings domain's
 * list, filtered to the place; a community's include those of its estates).
 */
export function EstateMeetingsSection({ estateId, communityId }: { estateId?: string; communityId?: string }) {
  const load = useCallback(
    () => call('meetings:list', { ...(estateId ? { estateId } : {}), ...(communityId ? { communityId } : {}), offset: 0, limit: 8 }),
    [estateId, communityId],
  );
  const q = useQuery(load);
  const d = q.data;
  return (
    <section className="card card--fill" aria-label={s.title}>
      <h2 className="card__title">
        {s.title}
        {d && d.total > 0 ? <span className="page__count">{s.count(d.total)}</span> : null}
      </h2>
      <ErrorBanner message={q.error?.message} />
      {d?.total === 0 ? <p className="muted">{communityId ? s.communityEmpty : s.empty}</p> : null}
      {d && d.rows.length > 0 ? (
        <table className="table">
          <tbody>
            {d.rows.map((m) => (
              <tr key={m.id}>
                <td>{shanghaiDate(m.startsAt)}</td>
                <td>
                  <a className="cell-link" href={hrefOf({ name: 'meeting', id: m.id })}>
                    {m.title}
                  </a>
                </td>
                {communityId ? <td>{m.placeName}</td> : null}
                <td>{m.kindName}</td>
                <td>{MEETING_STATUS_LABELS[m.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
