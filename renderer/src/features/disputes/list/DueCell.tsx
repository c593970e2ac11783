import type { CustomCellRendererProps } from 'ag-grid-react';
import { DEADLINE_KIND_LABELS, DEADLINE_STATUS_LABELS } from '#shared/domain/disputes/disputes.schema';
import type { DisputeRow } from '#shared/domain/disputes/dispute-views';
import { formatDateTime } from '../../../lib/format';
import { Badge } from '../../../ui/Badge';
import { deadlineTone, dueBadge } from '../ui/badges';
import { calendarGapNotice } from '#shared/domain/policy/pack-calendar';
import { t } from '../../../i18n';

/**
 * 最近时限: the nearest unmet due time in Beijing time, with its state (今日到期 / 即将到期 /
 * 已逾期 …); with nothing left to do, 逾期办结 when a deadline was met late.
 */
export function DueCell(props: CustomCellRendererProps<DisputeRow>) {
  const row = props.data;
  if (!row) return null;
  if (!row.nextDueAt) {
    const late = row.deadlines.find((d) => d.status === 'met-late');
    return late ? <Badge tone={deadlineTone(late.status)}>{DEADLINE_STATUS_LABELS[late.status]}</Badge> : null;
  }
  const next = row.deadlines.find((d) => d.metAt === null && d.dueAt === row.nextDueAt);
  const badge = next ? dueBadge(next, row.dueToday) : null;
  const gap = next?.calendarGap ? calendarGapNotice(next.calendarGap) : null;
  return (
    <span className="due-cell" title={next ? [DEADLINE_KIND_LABELS[next.kind], gap].filter(Boolean).join('：') : undefined}>
      <span>{formatDateTime(row.nextDueAt)}</span>
      {gap ? <span className="due-cell__gap">{t.policy.gapMark}</span> : null}
      {badge ? <Badge tone={badge.tone}>{badge.label}</Badge> : null}
    </span>
  );
}
