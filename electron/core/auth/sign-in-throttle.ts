import { AppError } from '../errors';

const MAX_FAILURES = 5;
const LOCK_MS = 60_000;

/** Slows password guessing: after 5 wrong passwords a username is locked for a minute. */
export class SignInThrottle {
  readonly #failures = new Map<string, { count: number; lockedUntil: number }>();
  constructor(private readonly now: () => number) {}

  assertAllowed(username: string): void {
    const entry = this.#failures.get(username);
    if (entry && entry.lockedUntil > this.now()) {
      const seconds = Math.ceil((entry.lockedUntil - this.now()) / 1000);
      throw new AppError('unauthenticated', `密码连续输错 ${MAX_FAILURES} 次，请 ${seconds} 秒后再试。`);
    }
  }

  recordFailure(username: string): void {
    const entry = this.#failures.get(username) ?? { count: 0, lockedUntil: 0 };
    entry.count++;
    if (entry.count >= MAX_FAILURES) {
      entry.lockedUntil = this.now() + LOCK_MS;
      entry.count = 0;
    }
    this.#failures.set(username, entry);
  }

  recordSuccess(username: string): void {
    this.#failures.delete(username);
  }
}
