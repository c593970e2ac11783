import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { useCompanyDisputes } from '../useDisputes';

/** 涉及的纠纷 on a property company's page: how many disputes against it, by category. */
export function CompanyDisputesSection({ companyId }: { companyId: string }) {
  const summary = useCompanyDisputes(companyId);
  const data = summary.data;
  const max = Math.max(1, ...(data?.byCategory.map((c) => c.count) ?? []));
  return (
    <section className="card" aria-label={t.disputes.companyDisputes.title}>
      <h2 className="card__title">
        {t.disputes.companyDisputes.title}
        {data ? <span className="page__count">{t.disputes.companyDisputes.total(data.total)}</span> : null}
      </h2>
      <ErrorBanner message={summary.error?.message} />
      {data?.total === 0 ? <p className="muted">{t.disputes.companyDisputes.empty}</p> : null}
      {data && data.total > 0 ? (
        <>
          <table className="table table--counts table--narrow">
            <thead>
              <tr>
                <th scope="col">{t.disputes.columns.category}</th>
                <th scope="col" className="num">
                  {t.disputes.companyDisputes.count}
                </th>
                <th scope="col" className="bar-col" aria-hidden="true" />
              </tr>
            </thead>
            <tbody>
              {data.byCategory.map((c) => (
                <tr key={c.key}>
                  <td>{c.label}</td>
                  <td className="num">{c.count}</td>
                  <td className="bar-col">
                    <meter className="bar" min={0} max={max} value={c.count} aria-hidden="true" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <a className="card__more" href={hrefOf({ name: 'disputes', filter: { companyId } })}>
            {t.disputes.companyDisputes.open}
          </a>
        </>
      ) : null}
    </section>
  );
}
