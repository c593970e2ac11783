import { useMemo, useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import type { z } from 'zod';
import type { electionRow } from '#shared/domain/committees/committee-views';
import { ELECTION_KIND_LABELS, ELECTION_STATUS_LABELS } from '#shared/domain/committees/election-actions';
import { hrefOf } from '../../../app/routes';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { BY_PINYIN, countColumn, linkColumn } from '../../../lib/columns';
import { formatDateTime } from '../../../lib/format';
import { DataGrid } from '../../../ui/DataGrid';
import { ListLayout } from '../../../ui/ListLayout';
import { useElections } from '../useCommittees';
import { CreateElectionDialog } from './CreateElectionDialog';

type Row = z.infer<typeof electionRow>;
const s = t.committees.elections;

const columns = (): ColDef<Row>[] => [
  { ...linkColumn<Row>('estateName', s.estate, (r) => hrefOf({ name: 'election', id: r.id })), ...BY_PINYIN },
  { headerName: s.kind, colId: 'kind', valueGetter: (p) => (p.data ? ELECTION_KIND_LABELS[p.data.kind] : ''), minWidth: 110 },
  { headerName: s.status, colId: 'status', valueGetter: (p) => (p.data ? ELECTION_STATUS_LABELS[p.data.status] : ''), minWidth: 110 },
  countColumn<Row>('candidates', s.candidates),
  { headerName: s.createdAt, field: 'createdAt', valueFormatter: (p) => formatDateTime(p.value as string), minWidth: 150 },
];

/** 业委会选举: every election, newest first; 发起选举 opens one for an estate. */
export function ElectionsPage() {
  const { may } = usePermissions();
  const list = useElections();
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const cols = useMemo(() => columns(), []);
  return (
    <>
      <ListLayout
        title={s.title}
        count={list.data?.length ?? null}
        search={search}
        onSearch={setSearch}
        addLabel={s.add}
        onAdd={may('committees:create-election') ? () => setAdding(true) : undefined}
        error={list.error}
        onRetry={list.reload}
        emptyText={s.empty}
      >
        <DataGrid rows={list.data} columns={cols} quickFilter={search} label={s.title} onActivate={(r) => (window.location.hash = hrefOf({ name: 'election', id: r.id }))} />
      </ListLayout>
      {adding ? <CreateElectionDialog onClose={() => setAdding(false)} /> : null}
    </>
  );
}
