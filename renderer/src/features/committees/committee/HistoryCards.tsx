import type { CommitteeDetail } from '#shared/domain/committees/committee-views';
import { COMMITTEE_KIND_LABELS, COMMITTEE_STATUS_LABELS, CORRECTION_KIND_LABELS } from '#shared/domain/committees/committees.schema';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';

const s = t.committees.committee;

/** 历届 (every term of the estate, never overwritten) and 纠错与改选记录 of this term. */
export function HistoryCards({ committee: c }: { committee: CommitteeDetail }) {
  return (
    <div className="card-grid">
      <section className="card" aria-label={s.terms}>
        <h2 className="card__title">{s.terms}</h2>
        <ul className="plain-list">
          {c.terms.map((term) => (
            <li key={term.id}>
              {term.id === c.id ? (
                <strong>
                  第 {term.termNo} 届{COMMITTEE_KIND_LABELS[term.kind]}
                  {s.current}
                </strong>
              ) : (
                <a href={hrefOf({ name: 'committee', id: term.id })}>
                  第 {term.termNo} 届{COMMITTEE_KIND_LABELS[term.kind]}
                </a>
              )}{' '}
              <span className="muted">
                {term.termStart} 至 {term.endedOn ?? term.termEnd} · {COMMITTEE_STATUS_LABELS[term.status]}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-label={s.corrections}>
        <h2 className="card__title">{s.corrections}</h2>
        {c.corrections.length === 0 ? (
          <p className="muted">{s.noCorrections}</p>
        ) : (
          <ul className="plain-list">
            {c.corrections.map((k) => (
              <li key={k.id}>
                <strong>{CORRECTION_KIND_LABELS[k.kind]}</strong> {k.correctedOn}：{s.decision}「{k.decision}」（{k.decidedOn}）{k.kind === 'correction' ? `；${s.correction}：${k.correction}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
