import { SetupPage } from '../features/auth/SetupPage';
import { SignInPage } from '../features/auth/SignInPage';
import { t } from '../i18n';
import { AppShell } from './AppShell';
import { CenteredMessage } from './CenteredMessage';
import { useIdleSignOut } from './useIdleSignOut';
import { useSession } from './useSession';

/** First start, sign-in, or the signed-in shell, from `auth:status`. */
export function App() {
  const session = useSession();
  const { state } = session;
  useIdleSignOut(state.phase === 'ready', session.signOut);
  switch (state.phase) {
    case 'loading':
      return <CenteredMessage message={t.app.loading} />;
    case 'unreachable':
      return <CenteredMessage message={state.message} onRetry={session.refresh} />;
    case 'setup':
      return <SetupPage onDone={session.signedIn} onAlreadySetUp={session.refresh} />;
    case 'sign-in':
      return <SignInPage onDone={session.signedIn} />;
    case 'ready':
      return <AppShell operator={state.operator} onSignOut={session.signOut} />;
  }
}
