import type { InputOf } from '#shared/ipc/contract';
import { OPEN_STATUSES } from '#shared/domain/disputes/dispute-lifecycle';
import type { DeadlineMetBy, DisputeCategory, DisputeStatus, DisputeTier } from '#shared/domain/disputes/disputes.schema';
import type { DisputeListLink } from '../../../app/routes';
import { readDraft, writeDraft } from '../../../lib/drafts';
import { dateToIso, dayAfterIso } from '../china-time';

/** The filters above the grid, as typed (strings, so they keep in session storage like a draft). */
export type ListFilters = {
  search: string;
  /** '' | 'open' | a status. */
  status: string;
  tier: string;
  category: string;
  estateId: string;
  companyId: string;
  mediatorId: string;
  /** '' | 'today' | 'overdue' | a step (late on it, see urgency.ts). */
  due: string;
  from: string;
  to: string;
};

export type ListQuery = Omit<InputOf<'disputes:list'>, 'offset' | 'limit' | 'sort'>;
export type DisputeSort = NonNullable<InputOf<'disputes:list'>['sort']>;

export const NO_FILTERS: ListFilters = { search: '', status: '', tier: '', category: '', estateId: '', companyId: '', mediatorId: '', due: '', from: '', to: '' };

const KEY = 'disputes.filters';

/** The filters last used in this window, or those a link asked for (a link replaces them). */
export function startFilters(link: DisputeListLink): ListFilters {
  if (Object.values(link).some(Boolean)) {
    return { ...NO_FILTERS, estateId: link.estateId ?? '', companyId: link.companyId ?? '', mediatorId: link.mediatorId ?? '', status: link.status ?? '', due: link.due ?? '' };
  }
  // Only the keys of today's filters: a draft kept by an older version may hold others.
  const kept: Partial<Record<string, unknown>> = readDraft<ListFilters>(KEY, null) ?? {};
  return Object.fromEntries(Object.entries(NO_FILTERS).map(([k, v]) => [k, typeof kept[k] === 'string' ? kept[k] : v])) as ListFilters;
}

export const keepFilters = (f: ListFilters) => writeDraft(KEY, null, f);

export const isFiltered = (f: ListFilters) => Object.values(f).some((v) => v.trim() !== '');

/** What `disputes:list` receives for these filters; dates are whole Beijing days, "to" inclusive. */
export function queryOf(f: ListFilters): ListQuery {
  const q: ListQuery = {};
  if (f.search.trim()) q.search = f.search.trim();
  if (f.status) q.status = f.status === 'open' ? [...OPEN_STATUSES] : [f.status as DisputeStatus];
  if (f.tier) q.tier = [f.tier as DisputeTier];
  if (f.category) q.category = [f.category as DisputeCategory];
  if (f.estateId) q.estateId = f.estateId;
  if (f.companyId) q.companyId = f.companyId;
  if (f.mediatorId) q.mediatorId = f.mediatorId;
  if (f.due === 'today') q.dueToday = true;
  else if (f.due === 'overdue') q.overdue = true;
  else if (f.due) q.overdueStep = f.due as DeadlineMetBy;
  if (f.from) q.receivedFrom = dateToIso(f.from);
  if (f.to) q.receivedTo = dayAfterIso(f.to);
  return q;
}

type SortState = { colId: string; sort: 'asc' | 'desc' };

/** The column sort that stands for each server order (the grid's header and the 排序 select agree). */
export const SORT_COLUMNS: Record<DisputeSort, SortState> = {
  due: { colId: 'nextDueAt', sort: 'asc' },
  'received-desc': { colId: 'receivedAt', sort: 'desc' },
  'received-asc': { colId: 'receivedAt', sort: 'asc' },
  'case-no-desc': { colId: 'caseNo', sort: 'desc' },
};

/** The server order for the grid's sort model (only the first sorted column counts). */
export function sortOf(model: readonly { colId: string; sort: 'asc' | 'desc' }[]): DisputeSort | undefined {
  const first = model[0];
  if (!first) return undefined;
  if (first.colId === 'caseNo') return 'case-no-desc';
  if (first.colId === 'receivedAt') return first.sort === 'asc' ? 'received-asc' : 'received-desc';
  if (first.colId === 'nextDueAt') return 'due';
  return undefined;
}
