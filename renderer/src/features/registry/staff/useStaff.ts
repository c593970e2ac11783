import type { StaffView } from '#shared/domain/registry/registry.schema';
import { call } from '../../../ipc/client';
import { useQuery } from '../../../lib/useQuery';

const load = () => call('registry:list-staff', {});

/** Every staff member, re-fetched after any change. */
export function useStaff() {
  return useQuery(load);
}

export type StaffValues = { name: string; role: string; certificateNo: string };

export const staffValues = (s: StaffView | null): StaffValues => ({
  name: s?.name ?? '',
  role: s?.role ?? '',
  certificateNo: s?.certificateNo ?? '',
});

/** The latest saved state of one staff member, after a version conflict. */
export async function latestStaff(id: string) {
  const result = await call('registry:list-staff', {});
  const found = result.ok ? result.value.find((s) => s.id === id) : undefined;
  return found ? { values: staffValues(found), version: found.version } : null;
}
