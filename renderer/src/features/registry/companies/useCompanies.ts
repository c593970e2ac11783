import { useCallback } from 'react';
import type { CompanyView } from '#shared/domain/registry/registry.schema';
import { call } from '../../../ipc/client';
import { useQuery } from '../../../lib/useQuery';

const load = () => call('registry:list-companies', {});

/** Every property company, re-fetched after any change. */
export function useCompanies() {
  return useQuery(load);
}

/** One property company by id. */
export function useCompany(id: string) {
  const load = useCallback(() => call('registry:get-company', { id }), [id]);
  return useQuery(load);
}

export type CompanyValues = { name: string; creditCode: string; contactName: string; phone: string };

export const companyValues = (c: CompanyView | null): CompanyValues => ({
  name: c?.name ?? '',
  creditCode: c?.creditCode ?? '',
  contactName: c?.contactName ?? '',
  phone: c?.phone ?? '',
});

/** The latest saved state of one company, after a version conflict. */
export async function latestCompany(id: string) {
  const result = await call('registry:get-company', { id });
  return result.ok ? { values: companyValues(result.value), version: result.value.version } : null;
}
