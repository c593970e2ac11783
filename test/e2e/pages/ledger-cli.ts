import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../fixtures/host-process';

const run = promisify(execFile);

export type CliResult = { code: number; stdout: string; stderr: string };

/** Runs the real `ledger` CLI (`npx tsx electron/cli/ledger.ts …`), e.g. the city's side of sync. */
export async function ledgerCli(args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'electron/cli/ledger.ts', ...args], { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

/** `3f2a9c01…` → `3f2a 9c01 …`: how the CLI and the sync page show a fingerprint. */
export const grouped = (hex: string): string => hex.match(/.{1,4}/g)?.join(' ') ?? hex;
