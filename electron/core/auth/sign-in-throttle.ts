import { AppError } from '../errors';

const MAX_FAILURES = 5;
const LOCK_MS = 60_000;

/**
 * Slows password guessing: after 5 wrong passwords a username is locked for a minute.
 * Attempts on one username run one at a time and each is counted before its password
 * is hashed: counting after scrypt let 100 concurrent guesses all be evaluated before
 * the first failure was recorded (about five a second instead of five a minute).
 */
export class SignInThrottle {
  readonly #failures = new Map<string, { count: number; lockedUntil: number }>();
  readonly #queues = new Map<string, Promise<void>>();
  constructor(private readonly now: () => number) {}

  #assertAllowed(username: string): void {
    const entry = this.#failures.get(username);
    const now = this.now();
    if (entry && entry.lockedUntil > now) {
      const seconds = Math.ceil((entry.lockedUntil - now) / 1000);
      throw new AppError('unauthenticated', `密码连续输错 ${MAX_FAILURES} 次，请 ${seconds} 秒后再试。`);
    }
  }

  /** Runs `evaluate` (the password check) in this username's turn, unless it is locked; returns its verdict. */
  async attempt(username: string, evaluate: () => Promise<boolean>): Promise<boolean> {
    const previous = this.#queues.get(username) ?? Promise.resolve();
    let release!: () => void;
    const tail = previous.then(() => new Promise<void>((resolve) => (release = resolve)));
    this.#queues.set(username, tail);
    await previous;
    try {
      this.#assertAllowed(username);
      const entry = this.#failures.get(username) ?? { count: 0, lockedUntil: 0 };
      entry.count++;
      this.#failures.set(username, entry);
      const ok = await evaluate();
      if (ok) this.#failures.delete(username);
      else if (entry.count >= MAX_FAILURES) {
        entry.lockedUntil = this.now() + LOCK_MS;
        entry.count = 0;
      }
      return ok;
    } finally {
      release();
      if (this.#queues.get(username) === tail) this.#queues.delete(username);
    }
  }
}
