import { useId, useMemo, useState } from 'react';
import { usePermissions } from '../../../app/SessionContext';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { useListState } from '../../../lib/useListState';
import { DataGrid } from '../../../ui/DataGrid';
import { ListLayout } from '../../../ui/ListLayout';
import { useCommitteeList } from '../useCommittees';
import { committeeColumns } from './committee-columns';
import { CommitteeForm } from './CommitteeForm';

const s = t.committees.list;

/** 业委会: every estate's current committee, its term, members and party share, with the short ones marked. */
export function CommitteesPage() {
  const { may } = usePermissions();
  const [partyShort, setPartyShort] = useState(false);
  const list = useCommitteeList(partyShort);
  const ui = useListState<null>();
  const columns = useMemo(() => committeeColumns(), []);
  const toggleId = useId();
  const data = list.data;
  const note = (
    <div className="grid-toolbar">
      <label className="check" htmlFor={toggleId}>
        <input id={toggleId} type="checkbox" checked={partyShort} onChange={(e) => setPartyShort(e.target.checked)} />
        {s.partyShortOnly}
      </label>
      {data && data.total > data.rows.length ? <span className="muted">{s.more(data.rows.length, data.total)}</span> : null}
    </div>
  );
  return (
    <>
      <ListLayout
        title={s.title}
        count={data ? (partyShort && data.total === 0 ? null : data.total) : null}
        search={ui.search}
        onSearch={ui.setSearch}
        addLabel={s.add}
        onAdd={may('committees:create') ? ui.startAdd : undefined}
        error={list.error}
        onRetry={list.reload}
        emptyText={s.empty}
        note={note}
      >
        <DataGrid
          rows={data?.rows ?? null}
          columns={columns}
          quickFilter={ui.search}
          label={s.title}
          onActivate={(r) => {
            window.location.hash = hrefOf({ name: 'committee', id: r.id });
          }}
        />
      </ListLayout>
      {ui.editing ? <CommitteeForm committee={null} onClose={ui.stopEdit} /> : null}
    </>
  );
}

