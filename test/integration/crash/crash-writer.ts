// The writing process the crash harness kills (bundled with the CLI by
// helpers/cli-bundle.setup.ts, run as plain node). It opens the ledger in argv[2]
// and writes intake and workflow steps until killed, printing one line per
// write only after the write returned: `<case id> <version>`. What it printed
// is what the office was told was saved.
import { openLedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { intake } from '../helpers/dispute-fixtures';
import { ok } from '../helpers/temp-ledger';
import { testPorts } from '../helpers/test-ports';

const SYSTEM: Session = { principal: { actor: 'cli:crash-writer', role: 'system', operatorId: null } };

async function main(): Promise<void> {
  const [dataDir, estateId, mediatorId, start] = process.argv.slice(2) as [string, string, string, string];
  const app = await openLedgerApp(dataDir, testPorts(start), () => {});
  for (;;) {
    let d = await ok(app, SYSTEM, 'disputes:create', intake(estateId));
    process.stdout.write(`${d.id} ${d.version}\n`);
    d = await ok(app, SYSTEM, 'disputes:assign', { id: d.id, version: d.version, mediatorId });
    process.stdout.write(`${d.id} ${d.version}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
