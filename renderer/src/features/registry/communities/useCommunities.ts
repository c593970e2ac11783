import type { CommunityView } from '#shared/domain/registry/registry.schema';
import { useCallback } from 'react';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useQuery } from '../../../lib/useQuery';

const load = () => call('registry:list-communities', {});

/** Every community, re-fetched after any change. */
export function useCommunities() {
  return useQuery(load);
}

/**
 * One community for its page, read from the list (a street has a few dozen at most,
 * and the list already carries the estate count); `not-found` when it is gone.
 */
export function useCommunity(id: string) {
  const one = useCallback(
    async () => {
      const r = await call('registry:list-communities', {});
      if (!r.ok) return r;
      const found = r.value.find((c) => c.id === id);
      return found ? { ok: true as const, value: found } : { ok: false as const, error: { code: 'not-found' as const, message: t.registry.community.notFound } };
    },
    [id],
  );
  return useQuery(one);
}

export type CommunityValues = { name: string };

export const communityValues = (c: CommunityView | null): CommunityValues => ({ name: c?.name ?? '' });

/** The latest saved state of one community, after a version conflict. */
export async function latestCommunity(id: string) {
  const result = await call('registry:list-communities', {});
  const found = result.ok ? result.value.find((c) => c.id === id) : undefined;
  return found ? { values: communityValues(found), version: found.version } : null;
}
