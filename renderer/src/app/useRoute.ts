import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './routes';
import { onWindowEvent } from '../lib/session-events';

const subscribe = (notify: () => void) => onWindowEvent('hashchange', notify);
const snapshot = () => window.location.hash;

/** The current route, following the URL fragment. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, snapshot);
  return parseRoute(hash);
}
