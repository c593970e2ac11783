import type { CustomCellRendererProps } from 'ag-grid-react';
import { STATUS_LABELS, TIER_LABELS } from '#shared/domain/disputes/disputes.schema';
import type { DisputeRow } from '#shared/domain/disputes/dispute-views';
import { Badge } from '../../../ui/Badge';
import { statusTone, tierTone } from '../ui/badges';

export type BadgeCellParams = { show: 'status' | 'tier' };

/** The 状态 or 等级 cell as a coloured badge. */
export function StatusCell(props: CustomCellRendererProps<DisputeRow> & BadgeCellParams) {
  const row = props.data;
  if (!row) return null;
  return props.show === 'status' ? <Badge tone={statusTone(row.status)}>{STATUS_LABELS[row.status]}</Badge> : <Badge tone={tierTone(row.tier)}>{TIER_LABELS[row.tier]}</Badge>;
}
