import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export type Exit = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

export const KILL_AT_RENAME = join(process.cwd(), 'test', 'integration', 'helpers', 'kill-at-rename.mjs');
/** Preload that SIGKILLs the child right after a statement containing LEDGER_TEST_KILL_AT_SQL ran. */
export const KILL_AT_SQL = join(process.cwd(), 'test', 'integration', 'helpers', 'kill-at-sql.mjs');

/**
 * The bundled CLI (see cli-bundle.setup.ts) as a child the test can SIGKILL:
 * `started` is the process, `exited` resolves with how it ended. `preload` runs
 * a module first (`node --import`), `env` adds variables.
 */
export function ledgerChild(args: string[], options: ChildOptions = {}): { child: ChildProcess; exited: Promise<Exit> } {
  return nodeChild(bundled('LEDGER_TEST_CLI'), args, options);
}

/** `input` is written to the child's standard input (a passphrase for `--passphrase-stdin`). */
export type ChildOptions = { env?: Record<string, string>; preload?: string; input?: string };

/** A script bundled by cli-bundle.setup.ts, by the variable that names it. */
export function bundled(variable: 'LEDGER_TEST_CLI' | 'LEDGER_TEST_CRASH_WRITER'): string {
  const file = process.env[variable];
  if (!file) throw new Error(`${variable} is not set: run the integration tests through vitest (its global setup bundles it).`);
  return file;
}

/** `node <script> …args` as a killable child (see `ledgerChild`). */
export function nodeChild(script: string, args: string[], options: ChildOptions = {}): { child: ChildProcess; exited: Promise<Exit> } {
  const node = options.preload ? ['--import', options.preload] : [];
  const child = spawn(process.execPath, [...node, script, ...args], { env: { ...process.env, LEDGER_DATA_DIR: '', ...options.env }, stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
  if (options.input !== undefined) child.stdin!.end(options.input);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exited = new Promise<Exit>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, exited };
}
