import { useCallback, useState } from 'react';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { formatDateTime } from '../../../lib/format';
import { useQuery } from '../../../lib/useQuery';
import { ErrorBanner } from '../../../ui/ErrorBanner';

// A long-running case gathers dozens of entries; the newest few answer "who did what last".
const FIRST = 8;

/** 操作记录: every change to the case and its parts, who and when, newest first (from the change log). */
export function HistoryCard({ id }: { id: string }) {
  const load = useCallback(() => call('disputes:history', { id }), [id]);
  const history = useQuery(load);
  const [all, setAll] = useState(false);
  const entries = history.data ?? [];
  const shown = all ? entries : entries.slice(0, FIRST);
  return (
    <section className="card" aria-label={t.disputes.dispute.history}>
      <h2 className="card__title">
        {t.disputes.dispute.history}
        {entries.length > 0 ? <span className="page__count">{t.disputes.dispute.historyCount(entries.length)}</span> : null}
      </h2>
      <ErrorBanner message={history.error?.message} />
      {history.loading && !history.data ? <p className="muted">{t.common.loading}</p> : null}
      {history.data && entries.length === 0 ? <p className="muted">{t.disputes.dispute.noHistory}</p> : null}
      {shown.length > 0 ? (
        <table className="history">
          <thead>
            <tr>
              <th scope="col">{t.disputes.dispute.historyAt}</th>
              <th scope="col">{t.disputes.dispute.historyActor}</th>
              <th scope="col">{t.disputes.dispute.historyWhat}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.seq}>
                <td className="history__at">{formatDateTime(e.at)}</td>
                <td>{e.actor}</td>
                <td>{e.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {entries.length > FIRST ? (
        <button type="button" className="button button--small" onClick={() => setAll((v) => !v)}>
          {all ? t.disputes.dispute.historyFewer : t.disputes.dispute.historyAll(entries.length)}
        </button>
      ) : null}
    </section>
  );
}
