import type { policyContract } from '#shared/ipc/contract/policy.contract';
import { actorOf } from '../call-context';
import type { HandlersFor } from '../handlers-for';
import type { PolicyService } from './policy.service';

/** The policy-pack channels. */
export const policyHandlers = (policy: PolicyService) =>
  ({
    'policy:status': () => policy.status(),
    'policy:preview-pack': (i) => policy.preview(i),
    'policy:apply-pack': (i, s) => policy.apply(i, actorOf(s)),
    'policy:apply-progress': () => policy.progress(),
  }) satisfies HandlersFor<typeof policyContract>;
