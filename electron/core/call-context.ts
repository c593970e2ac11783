import type { Role } from '#shared/domain/auth/roles';

/**
 * Who is acting. `system` is the local CLI run by the machine's own user, who
 * already holds the database file; it passes every role check.
 */
export type Principal = { actor: string; role: Role | 'system'; operatorId: string | null };

/**
 * One connection's session: an Electron window, a browser tab of the host, or a
 * CLI run. The transport owns it; `auth:sign-in` and `auth:sign-out` change it.
 */
export type Session = { principal: Principal | null };

export const actorOf = (session: Session): string => session.principal?.actor ?? 'anonymous';
