import { execFile } from 'node:child_process';
import { afterAll } from 'vitest';
import { tempDir } from './temp-ledger';

export type Run = { code: number; stdout: string; stderr: string };

/** The CLI bundled once by `cli-bundle.setup.ts` for this test run. */
function cliBundle(): string {
  const file = process.env.LEDGER_TEST_CLI;
  if (!file) throw new Error('LEDGER_TEST_CLI is not set: run the integration tests through vitest (its global setup bundles the CLI).');
  return file;
}

/** Runs `ledger …` as a child process (plain node on the bundled CLI), without an inherited LEDGER_DATA_DIR. */
export const ledger = (...args: string[]): Promise<Run> => ledgerWithInput('', ...args);

/** `ledger …` with `input` on its standard input (passwords, `call <channel> -`). */
export const ledgerWithInput = (input: string, ...args: string[]): Promise<Run> =>
  new Promise((resolve) => {
    const child = execFile(process.execPath, [cliBundle(), ...args], { env: { ...process.env, LEDGER_DATA_DIR: '' } }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(input);
  });

/** A temp-folder maker for one test file; every folder it made is removed after the file's tests. */
export function tempDirs(): (prefix: string) => string {
  const cleanups: (() => void)[] = [];
  afterAll(() => cleanups.forEach((c) => c()));
  return (prefix) => {
    const t = tempDir(prefix);
    cleanups.push(t.cleanup);
    return t.dir;
  };
}
