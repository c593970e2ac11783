import { useCallback } from 'react';
import { call } from '../../ipc/client';
import { useQuery } from '../../lib/useQuery';

/** How many committees the list loads at once (the office has a few hundred at most; the grid filters them). */
export const LIST_LIMIT = 500;

/** The office's current committees; optionally only those short of the required party share. */
/** The first LIST_LIMIT committees by estate (pinyin), for pickers such as the training form's. */
export function useCommitteeList(partyShort: boolean) {
  const load = useCallback(() => call('committees:list', { offset: 0, limit: LIST_LIMIT, ...(partyShort ? { partyShort } : {}) }), [partyShort]);
  return useQuery(load);
}

/** How many current committees the office has (one row asked for; the total is what counts). */
const loadCount = () => call('committees:list', { offset: 0, limit: 1 });
export function useCommitteeCount() {
  return useQuery(loadCount);
}

export function useCommittee(id: string) {
  const load = useCallback(() => call('committees:get', { id }), [id]);
  return useQuery(load);
}

export function useEstateCommittee(estateId: string) {
  const load = useCallback(() => call('committees:estate-card', { estateId }), [estateId]);
  return useQuery(load);
}

const loadElections = () => call('committees:list-elections', {});
export function useElections() {
  return useQuery(loadElections);
}

export function useElection(id: string) {
  const load = useCallback(() => call('committees:get-election', { id }), [id]);
  return useQuery(load);
}

const loadEstates = () => call('registry:list-estates', {});
/** Estates to choose from in the committee and election forms. */
export function useEstateOptions() {
  return useQuery(loadEstates);
}
