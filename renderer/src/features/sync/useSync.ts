import type { OutputOf } from '#shared/ipc/contract';
import { call } from '../../ipc/client';
import { useQuery } from '../../lib/useQuery';

export type SyncIdentity = OutputOf<'sync:office-identity'>;
export type CityKeysView = NonNullable<SyncIdentity['cityKeys']>;
export type BundleRow = OutputOf<'sync:list-bundles'>[number];
export type ExportResult = OutputOf<'sync:export-bundle'>;
export type ExportProgress = OutputOf<'sync:export-progress'>;

const loadIdentity = () => call('sync:office-identity', {});
const loadBundles = () => call('sync:list-bundles', {});

/** The office's code and signing-key fingerprint, and the city keys in use (null until imported). */
export function useSyncIdentity() {
  return useQuery(loadIdentity);
}

/** Every exported bundle, newest first, with whether the city has confirmed it; re-fetched after any change. */
export function useBundles() {
  return useQuery(loadBundles);
}
