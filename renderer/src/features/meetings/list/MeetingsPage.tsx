import { useMemo, useState } from 'react';
import { MEETING_SCOPES, MEETING_STATUSES, MINUTES_STATUSES, MEETING_STATUS_LABELS, MINUTES_STATUS_LABELS, SCOPE_LABELS, type MeetingScope, type MeetingStatus, type MinutesStatus } from '#shared/domain/meetings/meetings.schema';
import { usePermissions } from '../../../app/SessionContext';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { useListState } from '../../../lib/useListState';
import { DataGrid } from '../../../ui/DataGrid';
import { ListLayout } from '../../../ui/ListLayout';
import { useMeetingKinds, useMeetingList, type MeetingFilters } from '../useMeetings';
import { meetingColumns } from './meeting-columns';
import { MeetingForm } from './MeetingForm';

const s = t.meetings.list;

/** 会议: every meeting, newest first, filtered by kind, scope, period and status on the server. */
export function MeetingsPage() {
  const { may } = usePermissions();
  const [filters, setFilters] = useState<MeetingFilters>({});
  const list = useMeetingList(filters);
  const kinds = useMeetingKinds();
  const ui = useListState<null>();
  const columns = useMemo(() => meetingColumns(), []);
  const set = <K extends keyof MeetingFilters>(key: K, value: string) =>
    setFilters((f) => {
      const next = { ...f };
      if (value) next[key] = value as MeetingFilters[K];
      else delete next[key];
      return next;
    });
  const data = list.data;
  const note = (
    <div className="grid-toolbar meetings-filters">
      <select aria-label={s.kind} className="select--compact" value={filters.kind ?? ''} onChange={(e) => set('kind', e.target.value)}>
        <option value="">{s.allKinds}</option>
        {(kinds.data?.kinds ?? []).map((k) => <option key={k.code} value={k.code}>{k.name}</option>)}
      </select>
      <select aria-label={s.scope} className="select--compact" value={filters.scope ?? ''} onChange={(e) => set('scope', e.target.value as MeetingScope)}>
        <option value="">{s.allScopes}</option>
        {MEETING_SCOPES.map((v) => <option key={v} value={v}>{SCOPE_LABELS[v]}</option>)}
      </select>
      <select aria-label={s.status} className="select--compact" value={filters.status ?? ''} onChange={(e) => set('status', e.target.value as MeetingStatus)}>
        <option value="">{s.allStatuses}</option>
        {MEETING_STATUSES.map((v) => <option key={v} value={v}>{MEETING_STATUS_LABELS[v]}</option>)}
      </select>
      <select aria-label={s.minutes} className="select--compact" value={filters.minutesStatus ?? ''} onChange={(e) => set('minutesStatus', e.target.value as MinutesStatus)}>
        <option value="">{s.allMinutes}</option>
        {MINUTES_STATUSES.map((v) => <option key={v} value={v}>{MINUTES_STATUS_LABELS[v]}</option>)}
      </select>
      <label className="grid-toolbar__label">{s.from}<input type="date" className="input--compact" value={filters.dateFrom ?? ''} onChange={(e) => set('dateFrom', e.target.value)} /></label>
      <label className="grid-toolbar__label">{s.until}<input type="date" className="input--compact" value={filters.dateUntil ?? ''} onChange={(e) => set('dateUntil', e.target.value)} /></label>
      {data && data.total > data.rows.length ? <span className="muted">{s.more(data.rows.length, data.total)}</span> : null}
    </div>
  );
  return (
    <>
      <ListLayout
        title={s.title}
        count={data ? data.total : null}
        search={ui.search}
        onSearch={ui.setSearch}
        addLabel={s.add}
        onAdd={may('meetings:create') ? ui.startAdd : undefined}
        error={list.error}
        onRetry={list.reload}
        emptyText={Object.keys(filters).length > 0 ? s.noMatch : s.empty}
        note={note}
      >
        <DataGrid rows={data?.rows ?? null} columns={columns} quickFilter={ui.search} label={s.title} onActivate={(r) => { window.location.hash = hrefOf({ name: 'meeting', id: r.id }); }} />
      </ListLayout>
      {ui.editing ? <MeetingForm onClose={ui.stopEdit} /> : null}
    </>
  );
}
