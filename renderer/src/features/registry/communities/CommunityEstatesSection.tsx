import type { EstateView } from '#shared/domain/registry/registry.schema';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import type { Query } from '../../../lib/useQuery';
import { formatCount } from '../../../lib/format';
import { ErrorBanner } from '../../../ui/ErrorBanner';

const s = t.registry.community;

/** 辖区小区 on a community's page: each estate links to its page, its company to the company's. */
export function CommunityEstatesSection({ estates }: { estates: Query<EstateView[]> }) {
  const rows = estates.data;
  return (
    <section className="card card--fill" aria-label={s.estatesTitle}>
      <h2 className="card__title">
        {s.estatesTitle}
        {rows && rows.length > 0 ? <span className="page__count">{`共 ${rows.length} 个`}</span> : null}
      </h2>
      <ErrorBanner message={estates.error?.message} />
      {rows?.length === 0 ? <p className="muted">{s.noEstates}</p> : null}
      {rows && rows.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t.registry.estate.name}</th>
              <th scope="col">{t.registry.estate.company}</th>
              <th scope="col">{t.registry.estate.households}</th>
              <th scope="col">{t.registry.estate.address}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id}>
                <td>
                  <a className="cell-link" href={hrefOf({ name: 'estate', id: e.id })}>
                    {e.name}
                  </a>
                </td>
                <td>{e.companyId ? <a href={hrefOf({ name: 'company', id: e.companyId })}>{e.companyName}</a> : t.registry.estate.noCompany}</td>
                <td>{formatCount(e.households)}</td>
                <td>{e.address}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
