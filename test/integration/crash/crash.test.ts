// The crash test: each scenario's writing process is SIGKILLed at random points
// and the data must hold after every kill (see crash-harness.ts). Short inside
// `npm test` (LEDGER_CRASH_ROUNDS rounds per scenario, 2 by default); long as
// `npm run test:crash` (25 per scenario). Prints kills survived per scenario.
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/cli-runner';
import { prng, runScenario, type Tally } from './crash-harness';
import { CRASH_SCENARIOS } from './scenarios';

const dir = tempDirs();
const ROUNDS = Number(process.env.LEDGER_CRASH_ROUNDS ?? 2);
const SEED = Number(process.env.LEDGER_CRASH_SEED ?? 20261125);
const tallies: Tally[] = [];

describe('SIGKILL at random points', () => {
  for (const [i, scenario] of CRASH_SCENARIOS.entries()) {
    it(`${scenario.name}: the ledger, the files and the city hold after every kill`, async () => {
      const tally = await runScenario(scenario, dir, ROUNDS, prng(SEED + i));
      tallies.push(tally);
      console.log(`[crash] ${tally.scenario}: ${tally.survived}/${tally.kills} kills survived (${tally.finished} of ${tally.rounds} rounds ended before the kill${tally.writesChecked ? `; ${tally.writesChecked} reported writes found` : ''})`);
      expect(tally.survived).toBe(tally.kills);
    }, 60_000 + ROUNDS * 15_000);
  }
});
