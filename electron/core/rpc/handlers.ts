import { authHandlers } from '../auth/auth.handlers';
import type { Services } from '../app/create-services';
import { committeesHandlers } from '../committees/committees.handlers';
import { disputesHandlers } from '../disputes/disputes.handlers';
import { documentsHandlers } from '../documents/documents.handlers';
import { filesHandlers } from '../files/files.handlers';
import type { HandlersFor } from '../handlers-for';
import { meetingsHandlers } from '../meetings/meetings.handlers';
import { prefsHandlers } from '../prefs/prefs.handlers';
import { registryHandlers } from '../registry/registry.handlers';
import { syncHandlers } from '../sync/sync.handlers';
import { systemHandlers } from '../system/system.handlers';
// actions (整改清单)
import { actionsHandlers } from '../actions/actions.handlers';
// --- policy (政策包) ---
import { policyHandlers } from '../policy/policy.handlers';
// backup (issue 12)
import { backupHandlers } from '../backup/backup.handlers';
// consult (结果公示, 诉求响应台账)
import { consultHandlers } from '../consult/consult.handlers';

/**
 * Every channel's handler: only composes the domains' maps (each domain keeps its
 * own in `<domain>/<domain>.handlers.ts`). `satisfies HandlersFor` makes a channel
 * of the contract that no domain handles a compile error.
 */
export function createHandlers(services: Services) {
  return {
    ...systemHandlers(services.system),
    ...authHandlers(services.auth, () => services.sync.sync.ensureKeys()),
    ...registryHandlers(services.registry),
    ...disputesHandlers(services.disputes),
    ...prefsHandlers(services.prefs),
    ...syncHandlers(services.sync),
    ...committeesHandlers(services.committees),
    // meetings (issue 11)
    ...meetingsHandlers(services.meetings),
    // actions (整改清单)
    ...actionsHandlers(services.actions),
    // --- policy (政策包) ---
    ...policyHandlers(services.policy),
    // files — begin
    ...filesHandlers(services.files),
    ...documentsHandlers(services.documents),
    // files — end
    // backup (issue 12)
    ...backupHandlers(services.backup),
    // consult (结果公示, 诉求响应台账)
    ...consultHandlers(services.consult),
  } satisfies HandlersFor;
}
