import { openLedger, type Ledger, type OpenOptions } from '../db/open-ledger';
import type { DocumentOpener, Ports, SecretStore } from '../ports';
import type { UserPathPolicy } from '../files/user-paths';
import { createDispatch, type Dispatch } from '../rpc/dispatch';
import { createHandlers } from '../rpc/handlers';
import { createServices, type Services } from './create-services';
import { cleanUpInterruptedWrites } from './interrupted-writes';
import { finishInterruptedRestore } from '../backup/backup-restore';
import type { FieldCodec } from '../fieldcrypt/field-codec';
import { sealPlainFields } from '../fieldcrypt/seal-at-open';

export type LedgerApp = { ledger: Ledger; services: Services; dispatch: Dispatch; dataDir: string; fields: FieldCodec; close(): Promise<void> };

/**
 * Opens the ledger in `dataDir` and wires services, handlers and dispatch.
 * Every transport (Electron IPC, the loopback host, the CLI) starts here.
 */
export async function openLedgerApp(
  dataDir: string,
  ports: Ports,
  log?: (line: string) => void,
  options: OpenOptions & { secrets?: SecretStore; opener?: DocumentOpener; paths?: UserPathPolicy } = {},
): Promise<LedgerApp> {
  // A restore killed between its two renames is completed before anything opens the folder.
  finishInterruptedRestore(dataDir);
  const ledger = await openLedger(dataDir, options);
  const services = createServices(ledger, ports, dataDir, undefined, options.secrets, options.opener, options.paths);
  // Derived columns a migration cannot compute (they follow the office's deadline rules).
  await services.disputes.rules.fillMissingStepDues();
  // A pack applied just before a crash is in force; finish recomputing the deadlines it moved.
  await services.policy.resumePending();
  await cleanUpInterruptedWrites(ledger.db, dataDir);
  // A ledger from before field encryption (or one a bulk write left plain) is sealed now,
  // before anyone reads it: the key lives in the secret store, which migrations cannot reach.
  await sealPlainFields(ledger, services.fields, ports.clock.now().toISOString());
  await services.disputes.fillPhoneLookups();
  // Each close anchors the change log's head (system/chain-head.ts), so a tail cut while the program is closed shows at the next check.
  const close = async () => {
    await services.system.anchorHead('close');
    await ledger.close();
  };
  return { ledger, services, dispatch: createDispatch(createHandlers(services), log, () => ports.clock.now()), dataDir, fields: services.fields, close };
}
