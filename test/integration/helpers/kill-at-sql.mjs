/* global process */
// Preloaded into a CLI child (`node --import`) by tests that need a kill at one
// exact statement: once a statement whose SQL contains LEDGER_TEST_KILL_AT_SQL has
// run, the process SIGKILLs itself (inside whatever transaction is open).
// It wraps better-sqlite3's Database#prepare, not our code: the bundled CLI imports
// the same CommonJS module (one instance in the require cache).
import { createRequire } from 'node:module';

const target = process.env.LEDGER_TEST_KILL_AT_SQL;
if (target) {
  const Database = createRequire(`${process.cwd()}/package.json`)('better-sqlite3');
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (source, ...rest) {
    const statement = prepare.call(this, source, ...rest);
    if (!String(source).includes(target)) return statement;
    // Kysely calls all() for statements SQLite calls readers (an ALTER TABLE in a transaction can be one), else run().
    for (const method of ['run', 'all']) {
      const original = statement[method];
      statement[method] = function (...args) {
        const result = original.apply(this, args);
        // Said first (stderr is synchronous on a pipe), so the test knows this kill was the one at the statement.
        process.stderr.write(`kill-at-sql: ${target}\n`);
        process.kill(process.pid, 'SIGKILL');
        return result;
      };
    }
    return statement;
  };
}
