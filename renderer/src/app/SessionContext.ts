import { createContext, useContext } from 'react';
import type { OperatorView } from '#shared/ipc/contract/auth.contract';
import { REGISTRY_EDITORS } from '#shared/domain/auth/roles';
import { contract, type Channel } from '#shared/ipc/contract';

export type Permissions = {
  operator: OperatorView;
  /** May add, edit and delete registry records (the server checks again). */
  canEditRegistry: boolean;
  /** May edit the office profile. */
  canEditOffice: boolean;
  /** May manage operator accounts. */
  isAdministrator: boolean;
  /** Whether the contract lets this operator's role call the channel (buttons are shown only then; the server checks again). */
  may: (channel: Channel) => boolean;
};

export const SessionContext = createContext<Permissions | null>(null);

/** What the signed-in operator may do; only used inside the signed-in shell. */
export function usePermissions(): Permissions {
  const value = useContext(SessionContext);
  if (!value) throw new Error('usePermissions outside the signed-in shell');
  return value;
}

export function permissionsOf(operator: OperatorView): Permissions {
  return {
    operator,
    canEditRegistry: REGISTRY_EDITORS.includes(operator.role),
    canEditOffice: operator.role === 'administrator' || operator.role === 'director',
    isAdministrator: operator.role === 'administrator',
    may: (channel) => {
      const access = contract[channel].access;
      return access === 'public' || access === 'signed-in' || access.includes(operator.role);
    },
  };
}
