import { useCallback, useEffect, useState } from 'react';
import type { OperatorView } from '#shared/ipc/contract/auth.contract';
import { call } from '../ipc/client';
import { onWindowEvent, SESSION_LOST } from '../lib/session-events';
import { HOME, hrefOf } from './routes';

export type SessionState =
  | { phase: 'loading' }
  | { phase: 'unreachable'; message: string }
  | { phase: 'setup' }
  | { phase: 'sign-in' }
  | { phase: 'ready'; operator: OperatorView };

export type Session = {
  state: SessionState;
  /** Someone just signed in (or finished the set-up). */
  signedIn: (operator: OperatorView) => void;
  signOut: () => Promise<void>;
  refresh: () => void;
};

/** Who is signed in, read from `auth:status` at start and whenever a call finds no session. */
export function useSession(): Session {
  const [state, setState] = useState<SessionState>({ phase: 'loading' });
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    void call('auth:status', {}).then((result) => {
      if (!live) return;
      if (!result.ok) setState({ phase: 'unreachable', message: result.error.message });
      else if (!result.value.bootstrapped) setState({ phase: 'setup' });
      else if (result.value.operator) setState({ phase: 'ready', operator: result.value.operator });
      else setState({ phase: 'sign-in' });
    });
    return () => {
      live = false;
    };
  }, [tick]);

  useEffect(() => onWindowEvent(SESSION_LOST, () => setTick((n) => n + 1)), []);

  const signedIn = useCallback((operator: OperatorView) => setState({ phase: 'ready', operator }), []);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  const signOut = useCallback(async () => {
    await call('auth:sign-out', {});
    // The next operator starts on 工作台, not on the screen the last one left open.
    window.location.hash = hrefOf(HOME);
    setState({ phase: 'sign-in' });
  }, []);

  return { state, signedIn, signOut, refresh };
}
