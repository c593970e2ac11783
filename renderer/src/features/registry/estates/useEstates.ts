import { useCallback } from 'react';
import type { EstateView } from '#shared/domain/registry/registry.schema';
import { call } from '../../../ipc/client';
import { useQuery } from '../../../lib/useQuery';

/** Estates, optionally only those served by one company or in one community; re-fetched after any change. */
export function useEstates(filter: { companyId?: string; communityId?: string } = {}) {
  const { companyId, communityId } = filter;
  const load = useCallback(() => call('registry:list-estates', { ...(companyId ? { companyId } : {}), ...(communityId ? { communityId } : {}) }), [companyId, communityId]);
  return useQuery(load);
}

/** One estate by id. */
export function useEstate(id: string) {
  const load = useCallback(() => call('registry:get-estate', { id }), [id]);
  return useQuery(load);
}

export type EstateValues = { name: string; address: string; communityId: string; companyId: string; households: string };

export const estateValues = (e: EstateView | null): EstateValues => ({
  name: e?.name ?? '',
  address: e?.address ?? '',
  communityId: e?.communityId ?? '',
  companyId: e?.companyId ?? '',
  households: e ? String(e.households) : '',
});

/** The latest saved state of one estate, after a version conflict. */
export async function latestEstate(id: string) {
  const result = await call('registry:get-estate', { id });
  return result.ok ? { values: estateValues(result.value), version: result.value.version } : null;
}
