import { useId } from 'react';
import { t } from '../../../i18n';
import { FieldFrame } from '../../../ui/FieldFrame';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useCompanies } from '../../registry/companies/useCompanies';
import { useEstates } from '../../registry/estates/useEstates';
import { CATEGORY_OPTIONS, STATUS_OPTIONS, TIER_OPTIONS } from '../options';
import { useMediators } from '../useDisputes';
import { isFiltered, NO_FILTERS, type ListFilters } from './list-query';

type Props = { filters: ListFilters; onChange: (next: ListFilters) => void };

/** The filters above the disputes grid; the server applies them (the list may hold a million cases). */
export function DisputeFilters({ filters, onChange }: Props) {
  const estates = useEstates();
  const companies = useCompanies();
  const mediators = useMediators();
  const overdueId = useId();
  const searchId = useId();
  const bind = (name: keyof ListFilters) => ({ name, value: filters[name], onChange: (value: string) => onChange({ ...filters, [name]: value }), error: undefined });
  const any = t.disputes.list.any;
  return (
    <section className="filters" aria-label={t.disputes.list.filters}>
      <FieldFrame id={searchId} label={t.disputes.list.search} className="filters__search">
        {() => (
          <input
            id={searchId}
            type="search"
            value={filters.search}
            placeholder={t.disputes.list.searchPlaceholder}
            maxLength={100}
            onChange={(e) => onChange({ ...filters, search: e.target.value })}
            spellCheck={false}
            autoComplete="off"
          />
        )}
      </FieldFrame>
      <SelectField {...bind('status')} label={t.disputes.list.status} options={STATUS_OPTIONS} placeholder={any} />
      <SelectField {...bind('tier')} label={t.disputes.list.tier} options={TIER_OPTIONS} placeholder={any} />
      <SelectField {...bind('category')} label={t.disputes.list.category} options={CATEGORY_OPTIONS} placeholder={any} />
      <SelectField {...bind('estateId')} label={t.disputes.list.estate} options={(estates.data ?? []).map((e) => ({ value: e.id, label: e.name }))} placeholder={any} />
      <SelectField {...bind('companyId')} label={t.disputes.list.company} options={(companies.data ?? []).map((c) => ({ value: c.id, label: c.name }))} placeholder={any} />
      <SelectField {...bind('mediatorId')} label={t.disputes.list.mediator} options={(mediators.data ?? []).map((s) => ({ value: s.id, label: s.name }))} placeholder={any} />
      <TextField {...bind('from')} type="date" label={t.disputes.list.receivedFrom} />
      <TextField {...bind('to')} type="date" label={t.disputes.list.receivedTo} />
      <div className="filters__end">
        <label className="check" htmlFor={overdueId}>
          <input id={overdueId} type="checkbox" checked={filters.overdue === '1'} onChange={(e) => onChange({ ...filters, overdue: e.target.checked ? '1' : '' })} />
          {t.disputes.list.overdueOnly}
        </label>
        {isFiltered(filters) ? (
          <button type="button" className="button button--small" onClick={() => onChange(NO_FILTERS)}>
            {t.disputes.list.clear}
          </button>
        ) : null}
      </div>
    </section>
  );
}
