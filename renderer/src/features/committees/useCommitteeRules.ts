import { DEFAULT_COMMITTEE_RULES } from '#shared/domain/committees/committee-rules';
import { call } from '../../ipc/client';
import { useQuery } from '../../lib/useQuery';

const load = () => call('committees:get-rules', {});

/** The party-share thresholds in force (the defaults until loaded). */
export function useCompositionRule() {
  const rules = useQuery(load);
  return rules.data?.composition ?? DEFAULT_COMMITTEE_RULES.composition;
}
