import { useId } from 'react';
import { t } from '../../../i18n';
import { SelectField } from '../../../ui/SelectField';
import { useCommunities } from '../../registry/communities/useCommunities';
import { useEstates } from '../../registry/estates/useEstates';
import { LIST_STATE_OPTIONS, RESPONSIBLE_KIND_OPTIONS, SOURCE_OPTIONS } from '../action-labels';

export type ActionFilterValues = { state: string; estateId: string; source: string; responsibleKind: string; overdueOnly: boolean; disputeId: string; communityId: string };
export const NO_ACTION_FILTERS: ActionFilterValues = { state: 'unfinished', estateId: '', source: '', responsibleKind: '', overdueOnly: false, disputeId: '', communityId: '' };

type Props = { filters: ActionFilterValues; onChange: (next: ActionFilterValues) => void };
const s = t.actions.list;

/** The filters above 整改清单; the server applies them (the office may hold hundreds of thousands of items). */
export function ActionFilters({ filters, onChange }: Props) {
  const estates = useEstates();
  const communities = useCommunities();
  const overdueId = useId();
  const bind = (name: Exclude<keyof ActionFilterValues, 'overdueOnly'>) => ({ name, value: filters[name], onChange: (value: string) => onChange({ ...filters, [name]: value }), error: undefined });
  const changed = JSON.stringify(filters) !== JSON.stringify(NO_ACTION_FILTERS);
  return (
    <section className="filters" aria-label={s.filters}>
      <SelectField {...bind('state')} label={s.state} options={LIST_STATE_OPTIONS} />
      <SelectField {...bind('communityId')} label={s.community} options={(communities.data ?? []).map((c) => ({ value: c.id, label: c.name }))} placeholder={s.any} />
      <SelectField {...bind('estateId')} label={s.estate} options={(estates.data ?? []).filter((e) => !filters.communityId || e.communityId === filters.communityId).map((e) => ({ value: e.id, label: e.name }))} placeholder={s.any} />
      <SelectField {...bind('responsibleKind')} label={s.responsibleKind} options={RESPONSIBLE_KIND_OPTIONS} placeholder={s.any} />
      <SelectField {...bind('source')} label={s.source} options={SOURCE_OPTIONS} placeholder={s.any} />
      <label className="check filters__check" htmlFor={overdueId}>
        <input id={overdueId} type="checkbox" checked={filters.overdueOnly} onChange={(e) => onChange({ ...filters, overdueOnly: e.target.checked })} />
        {s.overdueOnly}
      </label>
      <div className="filters__end">
        {changed ? (
          <button type="button" className="button button--small" onClick={() => onChange(NO_ACTION_FILTERS)}>
            {s.clear}
          </button>
        ) : null}
      </div>
    </section>
  );
}
