import type { LedgerApp } from '#core/app/ledger-app';
import { findOperatorByUsername } from '#core/auth/auth.repository';
import { AppError } from '#core/errors';
import type { Session } from '#core/call-context';
import { userInfo } from 'node:os';

/**
 * The CLI acts as `cli:<os user>`: whoever runs it already holds the database
 * file, so it passes role checks. `--as <username>` acts as that operator instead,
 * with that operator's role, and records them as the actor.
 */
export async function cliSession(app: LedgerApp, as: string | undefined): Promise<Session> {
  if (as === undefined) return { principal: { actor: `cli:${osUser()}`, role: 'system', operatorId: null } };
  const row = await findOperatorByUsername(app.ledger.db, as);
  if (!row) throw new AppError('not-found', `没有用户名为「${as}」的操作员。`);
  return { principal: { actor: row.username, role: row.role, operatorId: row.id } };
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}
