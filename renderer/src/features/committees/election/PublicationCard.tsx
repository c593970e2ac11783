import type { ElectionDetail } from '#shared/domain/committees/committee-views';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { Badge } from '../../../ui/Badge';

type Props = {
  election: ElectionDetail;
  canPublish: boolean;
  canObject: boolean;
  canResolve: boolean;
  canEnterResult: boolean;
  onPublish: () => void;
  onObjection: () => void;
  onResolve: (id: string) => void;
  onResult: () => void;
};
const s = t.committees.election;

/** 公示 with its countdown and the objections received, then 选举结果 once entered. */
export function PublicationCard({ election: e, canPublish, canObject, canResolve, canEnterResult, onPublish, onObjection, onResolve, onResult }: Props) {
  const names = new Map(e.candidates.map((c) => [c.id, c.name]));
  return (
    <div className="card-grid">
      <section className="card" aria-label={s.publication}>
        <div className="card__header">
          <h2 className="card__title">{s.publication}</h2>
          {canPublish ? (
            <button type="button" className="button button--small button--primary" onClick={onPublish}>
              {s.publish}
            </button>
          ) : null}
        </div>
        {e.publishedFrom && e.publishedUntil ? (
          <>
            <p>{s.publishedText(e.publishedFrom, e.publishedUntil, e.publicationPlace ?? '')}</p>
            {e.status === 'publishing' && e.daysLeft !== null ? (
              <p className="countdown" role="status">
                <Badge tone={e.daysLeft >= 0 ? 'info' : 'success'}>{s.daysLeft(e.daysLeft)}</Badge>
              </p>
            ) : null}
          </>
        ) : (
          <p className="muted">{s.notPublished}</p>
        )}
        <div className="card__header">
          <h3 className="card__subtitle">{s.objections}</h3>
          {canObject ? (
            <button type="button" className="button button--tiny" onClick={onObjection}>
              {s.recordObjection}
            </button>
          ) : null}
        </div>
        {e.objections.length === 0 ? (
          <p className="muted">{s.noObjections}</p>
        ) : (
          <ul className="plain-list">
            {e.objections.map((o) => (
              <li key={o.id}>
                {o.receivedOn} {o.candidateId ? `（${names.get(o.candidateId) ?? ''}）` : ''}
                {o.content}
                {o.resolution ? (
                  <span className="muted"> → {o.resolution}</span>
                ) : (
                  <>
                    {' '}
                    <Badge tone="warning">{s.unresolved}</Badge>
                    {canResolve ? (
                      <button type="button" className="button button--tiny" onClick={() => onResolve(o.id)}>
                        {s.resolve}
                      </button>
                    ) : null}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-label={s.result}>
        <div className="card__header">
          <h2 className="card__title">{s.result}</h2>
          {canEnterResult ? (
            <button type="button" className="button button--small button--primary" onClick={onResult}>
              {s.enterResult}
            </button>
          ) : null}
        </div>
        {e.assemblyOn ? (
          <>
            <p>{s.resultText(e.assemblyOn)}</p>
            <ul className="plain-list">
              {e.candidates
                .filter((c) => c.votes !== null)
                .map((c) => (
                  <li key={c.id}>
                    {c.name}：{c.votes} 票 {c.elected ? <Badge tone="success">当选</Badge> : <span className="muted">{s.notElected}</span>}
                  </li>
                ))}
            </ul>
            {e.newCommitteeId ? <a href={hrefOf({ name: 'committee', id: e.newCommitteeId })}>{s.newCommittee}</a> : null}
          </>
        ) : (
          <p className="muted">—</p>
        )}
      </section>
    </div>
  );
}
