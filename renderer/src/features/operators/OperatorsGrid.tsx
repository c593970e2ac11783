import { useMemo } from 'react';
import type { OperatorView } from '#shared/ipc/contract/auth.contract';
import { t } from '../../i18n';
import { DataGrid } from '../../ui/DataGrid';
import { operatorColumns } from './operator-columns';

type Props = {
  rows: OperatorView[] | null;
  quickFilter: string;
  selfId: string;
  onReset: (o: OperatorView) => void;
  onLink: (o: OperatorView) => void;
  onDisable: (o: OperatorView) => void;
};

/** The 操作员 grid. */
export function OperatorsGrid({ rows, quickFilter, selfId, onReset, onLink, onDisable }: Props) {
  const columns = useMemo(() => operatorColumns({ selfId, onReset, onLink, onDisable }), [selfId, onReset, onLink, onDisable]);
  return <DataGrid rows={rows} columns={columns} quickFilter={quickFilter} onActivate={onReset} label={t.operators.title} />;
}
