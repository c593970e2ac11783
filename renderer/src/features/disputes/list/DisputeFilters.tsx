import { useId } from 'react';
import { OVERDUE_PRIORITY } from '#shared/domain/disputes/urgency';
import { t } from '../../../i18n';
import { FieldFrame } from '../../../ui/FieldFrame';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useCompanies } from '../../registry/companies/useCompanies';
import { useEstates } from '../../registry/estates/useEstates';
import { useStaff } from '../../registry/staff/useStaff';
import { STATUS_OPTIONS, TIER_OPTIONS } from '../options';
import { useCategories } from '../useCategories';
import { isFiltered, NO_FILTERS, type ListFilters } from './list-query';

type Props = { filters: ListFilters; onChange: (next: ListFilters) => void };

const STATUS_CHOICES = [{ value: 'open', label: t.disputes.list.openStatuses }, ...STATUS_OPTIONS];
/** 办理时限: what the dashboard's counts open the list with (今日到期, 已逾期, late on one step). */
const DUE_CHOICES = [
  { value: 'today', label: t.disputes.list.dueToday },
  { value: 'overdue', label: t.disputes.list.overdueAll },
  ...OVERDUE_PRIORITY.map((step) => ({ value: step, label: t.disputes.list.overdueOn(t.disputes.lateOn[step]) })),
];

/** The filters above the disputes grid; the server applies them (the list may hold a million cases). */
export function DisputeFilters({ filters, onChange }: Props) {
  const estates = useEstates();
  const companies = useCompanies();
  const staff = useStaff();
  // Every category, retired ones too (marked): old cases must stay findable by them.
  const categories = useCategories();
  const searchId = useId();
  const bind = (name: keyof ListFilters) => ({ name, value: filters[name], onChange: (value: string) => onChange({ ...filters, [name]: value }), error: undefined });
  const any = t.disputes.list.any;
  // Mediators, and whoever 我的案件 opened the list for (a director handles cases too).
  const mediatorOptions = (staff.data ?? []).filter((s) => s.role === 'mediator' || s.id === filters.mediatorId).map((s) => ({ value: s.id, label: s.name }));
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
      <SelectField {...bind('status')} label={t.disputes.list.status} options={STATUS_CHOICES} placeholder={any} />
      <SelectField {...bind('tier')} label={t.disputes.list.tier} options={TIER_OPTIONS} placeholder={any} />
      <SelectField {...bind('category')} label={t.disputes.list.category} options={categories.filterOptions} placeholder={any} />
      <SelectField {...bind('estateId')} label={t.disputes.list.estate} options={(estates.data ?? []).map((e) => ({ value: e.id, label: e.name }))} placeholder={any} />
      <SelectField {...bind('companyId')} label={t.disputes.list.company} options={(companies.data ?? []).map((c) => ({ value: c.id, label: c.name }))} placeholder={any} />
      <SelectField {...bind('mediatorId')} label={t.disputes.list.mediator} options={mediatorOptions} placeholder={any} />
      <SelectField {...bind('due')} label={t.disputes.list.due} options={DUE_CHOICES} placeholder={any} />
      <TextField {...bind('from')} type="date" label={t.disputes.list.receivedFrom} />
      <TextField {...bind('to')} type="date" label={t.disputes.list.receivedTo} />
      <div className="filters__end">
        {isFiltered(filters) ? (
          <button type="button" className="button button--small" onClick={() => onChange(NO_FILTERS)}>
            {t.disputes.list.clear}
          </button>
        ) : null}
      </div>
    </section>
  );
}
