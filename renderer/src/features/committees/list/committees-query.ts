import type { CommitteeSort } from '#shared/domain/committees/committees.schema';
import { call } from '../../../ipc/client';
import type { PageRequest } from '../../../ui/infinite-grid/paged-datasource';

export type CommitteeQuery = { search?: string; partyShort?: boolean };

/** The grid's columns the server can sort by, and the order each asks for. */
export const SORTABLE: Record<string, CommitteeSort> = {
  estateName: 'estate',
  communityName: 'community',
  termEnd: 'term-end',
  partyShare: 'party-share',
  members: 'members',
  lastScore: 'last-score',
};

/** One `committees:list` page for the grid's block, sorted by the server (names by pinyin). */
export function committeesPage(query: CommitteeQuery, { offset, limit, sortModel }: PageRequest) {
  const first = sortModel[0];
  const sort = first ? SORTABLE[first.colId] : undefined;
  return call('committees:list', { ...query, ...(sort && first ? { sort, direction: first.sort } : {}), offset, limit });
}
