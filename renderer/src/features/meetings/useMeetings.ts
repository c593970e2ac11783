import { useCallback } from 'react';
import type { InputOf } from '#shared/ipc/contract';
import { call } from '../../ipc/client';
import { useQuery } from '../../lib/useQuery';

/** How many meetings the list loads at once; the filters narrow it on the server. */
export const LIST_LIMIT = 500;

export type MeetingFilters = Omit<InputOf<'meetings:list'>, 'offset' | 'limit'>;

export function useMeetingList(filters: MeetingFilters) {
  const key = JSON.stringify(filters);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the filters object is compared by its JSON
  const load = useCallback(() => call('meetings:list', { ...filters, offset: 0, limit: LIST_LIMIT }), [key]);
  return useQuery(load);
}

export function useMeeting(id: string) {
  const load = useCallback(() => call('meetings:get', { id }), [id]);
  return useQuery(load);
}

const loadKinds = () => call('meetings:get-kinds', {});
export const useMeetingKinds = () => useQuery(loadKinds);

const loadEstates = () => call('registry:list-estates', {});
export const useEstateOptions = () => useQuery(loadEstates);
const loadCommunities = () => call('registry:list-communities', {});
export const useCommunityOptions = () => useQuery(loadCommunities);
const loadStaff = () => call('registry:list-staff', {});
export const useStaffOptions = () => useQuery(loadStaff);

export function useTopics(filter: InputOf<'meetings:list-topics'> = {}) {
  const key = JSON.stringify(filter);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- compared by its JSON
  const load = useCallback(() => call('meetings:list-topics', filter), [key]);
  return useQuery(load);
}

export function useMissed(year: number, place: { estateId?: string; communityId?: string } = {}) {
  const key = JSON.stringify(place);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- compared by its JSON
  const load = useCallback(() => call('meetings:missed', { year, ...place }), [year, key]);
  return useQuery(load);
}

/** The China wall-clock date and time of an ISO instant: 2026-11-20 09:00. */
export function chinaTime(iso: string): string {
  const local = new Date(Date.parse(iso) + 8 * 3600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}
