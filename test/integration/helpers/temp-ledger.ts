import { openLedgerApp, type LedgerApp } from '#core/app/ledger-app';
import type { Ports } from '#core/ports';
import type { UserPathPolicy } from '#core/files/user-paths';
import type { Session } from '#core/call-context';
import type { Channel, InputOf, OutputOf } from '#shared/ipc/contract';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testPorts } from './test-ports';

export const ADMIN_PASSWORD = 'correct-horse-battery';

/** A fresh directory under the OS temp dir, removed by the returned cleanup. */
export function tempDir(prefix = 'ledger-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export type TestLedger = { app: LedgerApp; dir: string; admin: Session; close(): Promise<void> };

/**
 * A real ledger file in a temp dir, bootstrapped with an administrator who is
 * signed in. Its clock is the test clock (`testPorts`), never the machine's.
 */
export async function bootstrappedLedger(ports: Ports = testPorts(), options: { paths?: UserPathPolicy } = {}): Promise<TestLedger> {
  const { dir, cleanup } = tempDir();
  const app = await openLedgerApp(dir, ports, () => {}, options);
  const admin: Session = { principal: null };
  const result = await app.dispatch(
    'auth:bootstrap',
    { officeName: '温泉街道', divisionCode: '421202001', username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD },
    admin,
  );
  if (!result.ok) throw new Error(result.error.message);
  return {
    app,
    dir,
    admin,
    close: async () => {
      await app.close();
      cleanup();
    },
  };
}

/**
 * Calls a channel and returns the value, failing the test on an error envelope.
 * Typed by the contract: a misspelt channel or a wrong input fails to compile
 * (tests that send bad input on purpose call `app.dispatch` instead).
 */
export async function ok<C extends Channel>(app: LedgerApp, session: Session, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await app.dispatch(channel, input, session);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as OutputOf<C>;
}

export const changeCount = (app: LedgerApp): number =>
  (app.ledger.raw.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n;

/** Valid GB 32100-2015 codes for tests (check characters computed by the standard's weights). */
export const VALID_CREDIT_CODES = ['91350100M000100Y43', '914403001922038216', '91421202MA4F0XKX1B', '9144030071526726XG'] as const;
