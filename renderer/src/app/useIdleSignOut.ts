import { useEffect } from 'react';
import { IDLE_PREF_KEY, idleMinutesFrom, isIdle } from '#shared/domain/auth/idle-sign-out';
import { call } from '../ipc/client';

const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/** Signs the operator out after the idle time of their setting (shared/domain/auth/idle-sign-out.ts) without keyboard or pointer input. */
export function useIdleSignOut(active: boolean, signOut: () => Promise<void>): void {
  useEffect(() => {
    if (!active) return;
    let minutes = idleMinutesFrom(null);
    let last = Date.now();
    let live = true;
    void call('prefs:get', { key: IDLE_PREF_KEY }).then((r) => {
      if (live && r.ok) minutes = idleMinutesFrom(r.value.value);
    });
    const touch = () => (last = Date.now());
    for (const e of ACTIVITY) window.addEventListener(e, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (isIdle(last, Date.now(), minutes)) void signOut();
    }, 15_000);
    return () => {
      live = false;
      window.clearInterval(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, touch);
    };
  }, [active, signOut]);
}
