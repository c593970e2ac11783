import { useCallback, useMemo } from 'react';
import type { StaffView } from '#shared/domain/registry/registry.schema';
import { call } from '../../ipc/client';
import { useQuery } from '../../lib/useQuery';
import { useStaff } from '../registry/staff/useStaff';

/** One case with everything recorded on it; re-fetched after any change. */
export function useDispute(id: string) {
  const load = useCallback(() => call('disputes:get', { id }), [id]);
  return useQuery(load);
}

// Ten of each keeps all three lists within a few screens; the counts are complete.
const loadDashboard = () => call('disputes:dashboard', { limit: 10 });

/** The office's day: 待分派, 今日到期, 已逾期 (ten of each) with their counts. */
export function useDashboard() {
  return useQuery(loadDashboard);
}

const loadMyCases = () => call('disputes:my-cases', { limit: 50 });

/** 我的案件 of the signed-in account (fifty, most urgent first: more than a mediator usually holds). */
export function useMyCases() {
  return useQuery(loadMyCases);
}

/** The staff members whose post is 调解员, for assigning and for the list filter. */
export function useMediators(): { data: StaffView[] | null } {
  const staff = useStaff();
  const data = useMemo(() => staff.data?.filter((s) => s.role === 'mediator') ?? null, [staff.data]);
  return { data };
}

/** The newest cases of one estate (for its page). */
export function useEstateDisputes(estateId: string, limit = 10) {
  const load = useCallback(() => call('disputes:list', { estateId, sort: 'received-desc', offset: 0, limit }), [estateId, limit]);
  return useQuery(load);
}

/** Disputes against one property company, by category. */
export function useCompanyDisputes(companyId: string) {
  const load = useCallback(() => call('disputes:company-summary', { companyId }), [companyId]);
  return useQuery(load);
}

/** 每月研判 for 'YYYY-MM'. */
export function useMonthlyAnalysis(month: string) {
  const load = useCallback(() => call('disputes:monthly-analysis', { month }), [month]);
  return useQuery(load);
}

const loadRules = () => call('disputes:get-rules', {});

/** The office's deadline rules. */
export function useDeadlineRules() {
  return useQuery(loadRules);
}
