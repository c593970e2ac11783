import type { MonthlyAnalysis } from '#shared/domain/disputes/dispute-views';
import { t } from '../../../i18n';

/** 高发问题: the month's three most frequent categories among accepted cases, with their share. */
export function TopCategories({ top }: { top: MonthlyAnalysis['topCategories'] }) {
  const s = t.disputes.analysis;
  return (
    <section className="card" aria-label={s.topCategories}>
      <h2 className="card__title">{s.topCategories}</h2>
      {top.length === 0 ? (
        <p className="muted">{s.noTop}</p>
      ) : (
        <ol className="top-list">
          {top.map((c) => (
            <li key={c.key}>
              <span className="top-list__name">{c.label}</span>
              <span>{s.cases(c.count)}</span>
              <span className="muted">
                {s.share} {c.share}%
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
