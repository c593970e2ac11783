import { useMemo, useState } from 'react';
import type { DisputeListLink } from '../../../app/routes';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { IntakeDialog } from '../intake/IntakeDialog';
import { useDebounced } from '../useDebounced';
import { DisputeFilters } from './DisputeFilters';
import { DisputesGrid } from './DisputesGrid';
import { isFiltered, keepFilters, queryOf, startFilters, type ListFilters, type ListQuery } from './list-query';

/** 纠纷台账: every case, filtered and searched on the server, in an infinite grid; Enter or double-click opens a case. */
export function DisputesPage({ link }: { link: DisputeListLink }) {
  const { may } = usePermissions();
  const [filters, setFilters] = useState<ListFilters>(() => startFilters(link));
  const [registering, setRegistering] = useState(false);
  const search = useDebounced(filters.search, 300);
  // One query object per distinct set of filters, so the grid reloads only when they really change.
  const key = JSON.stringify(queryOf({ ...filters, search }));
  const query = useMemo(() => JSON.parse(key) as ListQuery, [key]);
  const canRegister = may('disputes:create');
  const emptyText = isFiltered(filters) ? t.disputes.list.noMatch : canRegister ? t.disputes.list.empty : t.disputes.list.emptyReadOnly;
  return (
    <div className="page page--list">
      <header className="page__header">
        <h1 className="page__title">{t.disputes.list.title}</h1>
        {canRegister ? (
          <div className="toolbar">
            <button type="button" className="button button--primary" onClick={() => setRegistering(true)}>
              {t.disputes.list.register}
            </button>
          </div>
        ) : null}
      </header>
      <DisputeFilters
        filters={filters}
        onChange={(next) => {
          setFilters(next);
          keepFilters(next);
        }}
      />
      <DisputesGrid query={query} emptyText={emptyText} />
      {registering ? <IntakeDialog onClose={() => setRegistering(false)} /> : null}
    </div>
  );
}
