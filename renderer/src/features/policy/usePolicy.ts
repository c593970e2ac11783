import type { OutputOf } from '#shared/ipc/contract';
import { call } from '../../ipc/client';
import { useQuery } from '../../lib/useQuery';

export type PolicyStatus = OutputOf<'policy:status'>;
export type PackPreview = OutputOf<'policy:preview-pack'>;

const loadStatus = () => call('policy:status', {});

/** The pack in force, its history and the calendar's gaps; reloads after every mutation. */
export const usePolicyStatus = () => useQuery(loadStatus);
