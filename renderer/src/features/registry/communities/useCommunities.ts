import type { CommunityView } from '#shared/domain/registry/registry.schema';
import { call } from '../../../ipc/client';
import { useQuery } from '../../../lib/useQuery';

const load = () => call('registry:list-communities', {});

/** Every community, re-fetched after any change. */
export function useCommunities() {
  return useQuery(load);
}

export type CommunityValues = { name: string };

export const communityValues = (c: CommunityView | null): CommunityValues => ({ name: c?.name ?? '' });

/** The latest saved state of one community, after a version conflict. */
export async function latestCommunity(id: string) {
  const result = await call('registry:list-communities', {});
  const found = result.ok ? result.value.find((c) => c.id === id) : undefined;
  return found ? { values: communityValues(found), version: found.version } : null;
}
