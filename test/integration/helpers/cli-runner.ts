import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { tempDir } from './temp-ledger';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const CLI = join(process.cwd(), 'electron', 'cli', 'ledger.ts');

export type Run = { code: number; stdout: string; stderr: string };

/** Runs `ledger …` as a child process (through tsx), without an inherited LEDGER_DATA_DIR. */
export const ledger = (...args: string[]): Promise<Run> =>
  new Promise((resolve) => {
    execFile(TSX, [CLI, ...args], { env: { ...process.env, LEDGER_DATA_DIR: '' } }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
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
