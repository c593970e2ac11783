import type { ColDef } from 'ag-grid-community';
import type { CommitteeRow } from '#shared/domain/committees/committee-views';
import { COMMITTEE_KIND_LABELS, COMMITTEE_STATUS_LABELS } from '#shared/domain/committees/committees.schema';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { countColumn, linkColumn } from '../../../lib/columns';
import { flagLabel, percentText } from '../committee-labels';

const s = t.committees.list;

/** Columns of the 业委会 list (server-sorted, no client filters): the party share carries a mark when short, the flags read in Chinese. */
export function committeeColumns(): ColDef<CommitteeRow>[] {
  return [
    linkColumn<CommitteeRow>('estateName', s.estate, (r) => hrefOf({ name: 'committee', id: r.id })),
    { headerName: s.community, field: 'communityName', minWidth: 110 },
    { headerName: s.kind, colId: 'kind', valueGetter: (p) => (p.data ? COMMITTEE_KIND_LABELS[p.data.kind] : ''), minWidth: 130 },
    { headerName: s.term, field: 'termNo', valueFormatter: (p) => `第 ${String(p.value)} 届`, minWidth: 90, maxWidth: 110 },
    { headerName: s.termEnd, field: 'termEnd', minWidth: 110, maxWidth: 130 },
    { headerName: s.status, colId: 'status', valueGetter: (p) => (p.data ? COMMITTEE_STATUS_LABELS[p.data.status] : ''), minWidth: 90, maxWidth: 110 },
    countColumn<CommitteeRow>('members', s.members),
    {
      headerName: s.partyShare,
      colId: 'partyShare',
      valueGetter: (p) => p.data?.composition.percent ?? null,
      valueFormatter: (p) => {
        const c = p.data?.composition;
        if (!c) return '';
        return c.shortOfRequired > 0 ? `${percentText(c.percent)} ⚠ 差 ${c.shortOfRequired} 人` : percentText(c.percent);
      },
      cellClassRules: { 'cell--warning': (p) => (p.data?.composition.shortOfRequired ?? 0) > 0 },
      minWidth: 130,
    },
    { headerName: s.lastScore, field: 'lastScore', valueFormatter: (p) => (p.value === null || p.value === undefined ? t.common.none : String(p.value)), minWidth: 110, maxWidth: 130 },
    { headerName: s.flags, colId: 'flags', valueGetter: (p) => (p.data ? p.data.flags.map(flagLabel).join('、') : ''), minWidth: 160 },
  ];
}
