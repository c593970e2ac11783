import { useMemo } from 'react';
import type { OperatorView } from '#shared/ipc/contract/auth.contract';
import '../styles/disputes.css';
import '../styles/disputes-case.css';
import '../styles/disputes-analysis.css';
import '../styles/disputes-records.css';
import '../styles/committees.css';
// meetings (issue 11)
import '../styles/meetings.css';
// actions (整改清单)
import '../styles/actions.css';
import { AppHeader } from './AppHeader';
import { NavBar } from './NavBar';
import { RouteView } from './RouteView';
import { permissionsOf, SessionContext } from './SessionContext';
import { useRoute } from './useRoute';

type Props = { operator: OperatorView; onSignOut: () => Promise<void> };

/** The signed-in window: header, navigation on the left, the current screen. */
export function AppShell({ operator, onSignOut }: Props) {
  const route = useRoute();
  const permissions = useMemo(() => permissionsOf(operator), [operator]);
  return (
    <SessionContext.Provider value={permissions}>
      <div className="shell">
        <AppHeader operator={operator} onSignOut={onSignOut} />
        <div className="shell__body">
          <NavBar route={route} isAdministrator={permissions.isAdministrator} />
          <main className="shell__main" id="main">
            <RouteView route={route} />
          </main>
        </div>
      </div>
    </SessionContext.Provider>
  );
}
