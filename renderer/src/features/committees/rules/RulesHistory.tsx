import type { CommitteeRulesView } from '#shared/domain/committees/committee-views';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';

const r = t.committees.rules;

/** 规则版本记录: every saved version, newest first — who saved it, when, and which parts it changed. */
export function RulesHistory({ history }: { history: CommitteeRulesView['history'] }) {
  return (
    <section className="card" aria-label={r.history}>
      <h2 className="card__title">{r.history}</h2>
      {history.length === 0 ? (
        <p className="muted">{r.historyEmpty}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{r.historyVersion}</th>
              <th scope="col">{r.historySavedAt}</th>
              <th scope="col">{r.historySavedBy}</th>
              <th scope="col">{r.historyChanged}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr key={h.version}>
                <td>{r.versionNo(h.version)}</td>
                <td>{formatDateTime(h.savedAt)}</td>
                <td>{h.savedBy}</td>
                <td>{h.changed.join('、')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
