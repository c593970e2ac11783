const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An ISO timestamp as Beijing time, e.g. 2026/11/21 13:05. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** A count with thousands separators, e.g. 12,800. */
export function formatCount(value: number | null | undefined): string {
  return typeof value === 'number' ? value.toLocaleString('zh-CN') : '';
}
