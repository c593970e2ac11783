import type { OfficeView } from '#shared/domain/registry/registry.schema';
import { call } from '../../../ipc/client';
import { useQuery } from '../../../lib/useQuery';

const load = () => call('registry:get-office', {});

/** The office profile, re-fetched after any change. */
export function useOffice() {
  return useQuery(load);
}

export type OfficeValues = { name: string; divisionCode: string; address: string; contactName: string; contactPhone: string; committeeName: string };

export const officeValues = (o: OfficeView): OfficeValues => ({
  name: o.name,
  divisionCode: o.divisionCode,
  address: o.address ?? '',
  contactName: o.contactName ?? '',
  contactPhone: o.contactPhone ?? '',
  committeeName: o.committeeName ?? '',
});

/** The latest saved office profile, after a version conflict. */
export async function latestOffice() {
  const result = await call('registry:get-office', {});
  return result.ok ? { values: officeValues(result.value), version: result.value.version } : null;
}
