import type { authContract } from '#shared/ipc/contract/auth.contract';
import { actorOf } from '../call-context';
import type { HandlersFor } from '../handlers-for';
import type { AuthService } from './auth.service';

/**
 * The auth channels. `afterBootstrap` runs once the office exists (sync makes the
 * office's signing key then); if it fails, the first sync use makes the key, so
 * set-up still succeeds.
 */
export const authHandlers = (auth: AuthService, afterBootstrap: () => Promise<unknown>) =>
  ({
    'auth:status': (_i, s) => auth.status(s),
    'auth:bootstrap': (i, s) => auth.bootstrap(i, s).then((v) => afterBootstrap().then(() => v, () => v)),
    'auth:sign-in': (i, s) => auth.signIn(i, s),
    'auth:sign-out': async (_i, s) => auth.signOut(s),
    'auth:list-operators': () => auth.list(),
    'auth:create-operator': (i, s) => auth.create(i, actorOf(s)),
    'auth:reset-password': (i, s) => auth.resetPassword(i, actorOf(s)),
    'auth:link-staff': (i, s) => auth.linkStaff(i, actorOf(s)),
    'auth:delete-operator': (i, s) => auth.remove(i, s),
  }) satisfies HandlersFor<typeof authContract>;
