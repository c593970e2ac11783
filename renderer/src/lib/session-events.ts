import type { Envelope } from '#shared/ipc/envelope';

/** Fired when the core answers `unauthenticated` (host restarted, session ended). */
export const SESSION_LOST = 'session:lost';

/** Tells the app shell to show the sign-in screen again when a call found no session. */
export function noteSessionLoss(result: Envelope<unknown>): void {
  if (!result.ok && result.error.code === 'unauthenticated') window.dispatchEvent(new CustomEvent(SESSION_LOST));
}

/** Subscribes to a window event; returns the unsubscribe function. */
export function onWindowEvent(name: string, listener: () => void): () => void {
  window.addEventListener(name, listener);
  return () => window.removeEventListener(name, listener);
}
