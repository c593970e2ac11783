import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export type Exit = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

export const KILL_AT_RENAME = join(process.cwd(), 'test', 'integration', 'helpers', 'kill-at-rename.mjs');

/**
 * The bundled CLI (see cli-bundle.setup.ts) as a child the test can SIGKILL:
 * `started` is the process, `exited` resolves with how it ended. `preload` runs
 * a module first (`node --import`), `env` adds variables.
 */
export function ledgerChild(args: string[], options: { env?: Record<string, string>; preload?: string } = {}): { child: ChildProcess; exited: Promise<Exit> } {
  const cli = process.env.LEDGER_TEST_CLI;
  if (!cli) throw new Error('LEDGER_TEST_CLI is not set: run the integration tests through vitest.');
  const node = options.preload ? ['--import', options.preload] : [];
  const child = spawn(process.execPath, [...node, cli, ...args], { env: { ...process.env, LEDGER_DATA_DIR: '', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exited = new Promise<Exit>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, exited };
}
