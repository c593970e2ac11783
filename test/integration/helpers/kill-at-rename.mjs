/* global process */
// Preloaded into a CLI child (`node --import`) by tests that need a kill at one
// exact step: when a file is renamed into a path containing
// LEDGER_TEST_KILL_AT_RENAME, the process SIGKILLs itself just after the rename
// (LEDGER_TEST_KILL_WHEN=after, the default) or instead of it (=before).
// It wraps Node's fs, not our code; syncBuiltinESMExports makes the bundled
// CLI's `import { renameSync } from 'node:fs'` see the wrapper.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const target = process.env.LEDGER_TEST_KILL_AT_RENAME;
const when = process.env.LEDGER_TEST_KILL_WHEN ?? 'after';
if (target) {
  const rename = fs.renameSync;
  fs.renameSync = (from, to) => {
    const hit = String(to).includes(target);
    if (hit && when === 'before') process.kill(process.pid, 'SIGKILL');
    rename(from, to);
    if (hit) process.kill(process.pid, 'SIGKILL');
  };
  syncBuiltinESMExports();
}
