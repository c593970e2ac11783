import { expect } from 'vitest';
import { openLedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { nodeChild, type ChildOptions, type Exit } from '../helpers/killable-cli';
import { ok } from '../helpers/temp-ledger';
import { testPorts } from '../helpers/test-ports';

/**
 * One kind of write the harness kills. `setUp` makes the world once; each round
 * starts `child` (on fresh copies of anything the round must not share), kills
 * it after a random delay within `killWithinMs` (unless it ended first), and
 * `verify` throws if the kill broke a promise: the ledger's check, the writes
 * reported before the kill, no partial file where a finished one belongs, the
 * city unchanged or fully applied.
 */
export type CrashScenario<World = unknown, Round = unknown> = {
  name: string;
  setUp(dir: (prefix: string) => string): Promise<World>;
  /** `killWithinMs` here overrides the scenario's for this round (a round whose child kills itself at one exact step). */
  round(world: World, index: number): Promise<{ round: Round; script: string; args: string[]; options?: ChildOptions; killWithinMs?: [number, number] }>;
  /** The kill lands uniformly in [from, to] ms after the start (a node child needs ~300 ms to load). */
  killWithinMs: [number, number];
  /** Returns how many reported writes it checked, where the scenario reports any. */
  verify(world: World, round: Round, exit: Exit): Promise<number | void>;
};

export type Tally = { scenario: string; kills: number; finished: number; survived: number; rounds: number; writesChecked: number };

export const SYSTEM: Session = { principal: { actor: 'cli:crash-test', role: 'system', operatorId: null } };

/** A seeded PRNG (mulberry32), so a failing run can be repeated with LEDGER_CRASH_SEED. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `rounds` rounds of a scenario; every round must verify (a failure stops the test with the round named). */
export async function runScenario<W, R>(s: CrashScenario<W, R>, dir: (prefix: string) => string, rounds: number, random: () => number): Promise<Tally> {
  const world = await s.setUp(dir);
  const tally: Tally = { scenario: s.name, kills: 0, finished: 0, survived: 0, rounds, writesChecked: 0 };
  for (let i = 0; i < rounds; i++) {
    const { round, script, args, options, killWithinMs } = await s.round(world, i);
    const run = nodeChild(script, args, options);
    const [from, to] = killWithinMs ?? s.killWithinMs;
    const timer = setTimeout(() => run.child.kill('SIGKILL'), from + random() * (to - from));
    const exit = await run.exited;
    clearTimeout(timer);
    if (exit.signal === 'SIGKILL') tally.kills++;
    else tally.finished++;
    try {
      tally.writesChecked += (await s.verify(world, round, exit)) ?? 0;
    } catch (error) {
      throw new Error(`${s.name}, round ${i + 1} (${exit.signal ?? `exit ${exit.code}`}): ${(error as Error).message}\n${exit.stderr.slice(-2000)}`);
    }
    if (exit.signal === 'SIGKILL') tally.survived++;
  }
  return tally;
}

/** The office ledger in `dataDir` opens (migrations, start-up clean-up) and `ledger check` passes in full. */
export async function ledgerHolds(dataDir: string): Promise<void> {
  const app = await openLedgerApp(dataDir, testPorts(), () => {});
  try {
    const report = await ok(app, SYSTEM, 'system:check', {});
    expect(report.integrity).toBe('ok');
    expect(report.chainOk, report.problem ?? '').toBe(true);
    expect(report.records.ok, JSON.stringify(report.records.problems)).toBe(true);
    expect(report.head.ok, report.head.problem ?? '').toBe(true);
  } finally {
    await app.close();
  }
}
