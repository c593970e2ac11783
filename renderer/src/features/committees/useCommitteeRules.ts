import { DEFAULT_COMMITTEE_RULES } from '#shared/domain/committees/committee-rules';
import { call } from '../../ipc/client';
import { useQuery } from '../../lib/useQuery';

const load = () => call('committees:get-rules', {});

/** The committee rules in force (checklist, departments, scoring sheet, thresholds). */
export function useCommitteeRules() {
  return useQuery(load);
}

/** The party-share thresholds in force (the defaults until loaded). */
export function useCompositionRule() {
  return useCommitteeRules().data?.composition ?? DEFAULT_COMMITTEE_RULES.composition;
}
