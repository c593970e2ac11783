import type { ColDef } from 'ag-grid-community';
import type { MeetingRow } from '#shared/domain/meetings/meeting-views';
import { MEETING_STATUS_LABELS, MINUTES_STATUS_LABELS, SCOPE_LABELS } from '#shared/domain/meetings/meetings.schema';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { countColumn, linkColumn } from '../../../lib/columns';
import { chinaTime } from '../useMeetings';

const s = t.meetings.list;

export function meetingColumns(): ColDef<MeetingRow>[] {
  return [
    { headerName: s.startsAt, colId: 'startsAt', valueGetter: (p) => (p.data ? chinaTime(p.data.startsAt) : ''), minWidth: 150, maxWidth: 170, sort: 'desc' },
    // The title is what the clerk reads: room to show most of it, and the whole of it on hover (as the kind and place).
    { ...linkColumn<MeetingRow>('title', s.meetingTitle, (r) => hrefOf({ name: 'meeting', id: r.id })), minWidth: 230, tooltipField: 'title' },
    { headerName: s.kind, field: 'kindName', minWidth: 140, tooltipField: 'kindName' },
    { headerName: s.scope, colId: 'scope', valueGetter: (p) => (p.data ? SCOPE_LABELS[p.data.scope] : ''), minWidth: 70, maxWidth: 90 },
    { headerName: s.place, field: 'placeName', minWidth: 110, tooltipField: 'placeName' },
    { headerName: s.host, field: 'hostName', minWidth: 90, maxWidth: 120 },
    { headerName: s.status, colId: 'status', valueGetter: (p) => (p.data ? MEETING_STATUS_LABELS[p.data.status] : ''), minWidth: 80, maxWidth: 100 },
    { headerName: s.minutes, colId: 'minutes', valueGetter: (p) => (p.data ? MINUTES_STATUS_LABELS[p.data.minutesStatus] : ''), minWidth: 80, maxWidth: 100 },
    countColumn<MeetingRow>('resolutionCount', s.resolutions),
  ];
}
