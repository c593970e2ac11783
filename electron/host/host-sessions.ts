import type { Session } from '#core/call-context';
import { randomBytes } from 'node:crypto';

/** A tab that sends nothing for this long is signed out (its token forgotten). */
export const DEFAULT_SESSION_IDLE_MS = 30 * 60_000;
/** At most this many tabs at once; the one idle longest makes room for a new one. */
export const DEFAULT_MAX_SESSIONS = 200;

export type SessionTableOptions = { idleMs?: number; max?: number; now?: () => number };

/**
 * The host's sessions by opaque token. Every token-less request makes one, so
 * without a bound 20,000 such requests grew the table by 34 MB and no session ever
 * ended: idle sessions expire, and the table is capped, evicting the least recently
 * used (a Map keeps insertion order; a use moves the entry to the end).
 */
export class SessionTable {
  readonly #entries = new Map<string, { session: Session; lastUsed: number }>();
  readonly #idleMs: number;
  readonly #max: number;
  readonly #now: () => number;

  constructor(options: SessionTableOptions = {}) {
    this.#idleMs = options.idleMs ?? DEFAULT_SESSION_IDLE_MS;
    this.#max = options.max ?? DEFAULT_MAX_SESSIONS;
    this.#now = options.now ?? (() => performance.now());
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The live session of `token`, marked used; undefined when unknown or idle too long. */
  get(token: string): Session | undefined {
    const entry = this.#entries.get(token);
    if (!entry) return undefined;
    const now = this.#now();
    this.#entries.delete(token);
    if (now - entry.lastUsed > this.#idleMs) {
      entry.session.principal = null; // a request still holding it is signed out as well
      return undefined;
    }
    entry.lastUsed = now;
    this.#entries.set(token, entry);
    return entry.session;
  }

  /** A new signed-out session and its token. */
  issue(): { token: string; session: Session } {
    this.#sweep();
    const token = randomBytes(24).toString('base64url');
    const session: Session = { principal: null };
    this.#entries.set(token, { session, lastUsed: this.#now() });
    return { token, session };
  }

  #sweep(): void {
    const now = this.#now();
    for (const [token, entry] of this.#entries) {
      // Oldest first: stop at the first one still fresh, unless the table is full.
      if (now - entry.lastUsed <= this.#idleMs && this.#entries.size < this.#max) break;
      this.#entries.delete(token);
      entry.session.principal = null;
    }
  }
}
