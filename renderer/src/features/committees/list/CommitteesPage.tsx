import { useId, useMemo, useState } from 'react';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { useListState } from '../../../lib/useListState';
import { ListLayout } from '../../../ui/ListLayout';
import { useDebounced } from '../../disputes/useDebounced';
import { useCommitteeCount } from '../useCommittees';
import { CommitteeForm } from './CommitteeForm';
import { CommitteesGrid } from './CommitteesGrid';

const s = t.committees.list;

/**
 * 业委会: every estate's current committee, its term, members and party share, with the
 * short ones marked. The server searches, filters, sorts (names by pinyin) and pages.
 */
export function CommitteesPage() {
  const { may } = usePermissions();
  const [partyShort, setPartyShort] = useState(false);
  const ui = useListState<null>();
  // The office's committees in all: the empty state (none registered yet) and 共 N 条.
  const all = useCommitteeCount();
  const [matching, setMatching] = useState<number | null>(null);
  const search = useDebounced(ui.search.trim().slice(0, 50), 250);
  const query = useMemo(() => ({ ...(search ? { search } : {}), ...(partyShort ? { partyShort } : {}) }), [search, partyShort]);
  const toggleId = useId();
  const filtered = Boolean(search) || partyShort;
  const note = (
    <div className="grid-toolbar">
      <label className="check" htmlFor={toggleId}>
        <input id={toggleId} type="checkbox" checked={partyShort} onChange={(e) => setPartyShort(e.target.checked)} />
        {s.partyShortOnly}
      </label>
      {filtered && matching !== null ? <span className="muted">{s.matching(matching)}</span> : null}
    </div>
  );
  return (
    <>
      <ListLayout
        title={s.title}
        count={all.data ? all.data.total : null}
        search={ui.search}
        onSearch={ui.setSearch}
        addLabel={s.add}
        onAdd={may('committees:create') ? ui.startAdd : undefined}
        error={all.error}
        onRetry={all.reload}
        emptyText={s.empty}
        note={note}
      >
        <CommitteesGrid query={query} emptyText={s.noMatch} onTotal={setMatching} />
      </ListLayout>
      {ui.editing ? <CommitteeForm committee={null} onClose={ui.stopEdit} /> : null}
    </>
  );
}
