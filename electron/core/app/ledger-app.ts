import { createAuthService } from '../auth/auth.service';
import { openLedger, type Ledger, type OpenOptions } from '../db/open-ledger';
import type { Ports } from '../ports';
import { createRegistryService } from '../registry/registry.service';
import { createDispatch, type Dispatch } from '../rpc/dispatch';
import { createHandlers, type Services } from '../rpc/handlers';
import { createSystemService } from '../system/system.service';
import { APP_VERSION } from './app-version';

export type LedgerApp = { ledger: Ledger; services: Services; dispatch: Dispatch; close(): Promise<void> };

/**
 * Opens the ledger in `dataDir` and wires services, handlers and dispatch.
 * Every transport (Electron IPC, the loopback host, the CLI) starts here.
 */
export async function openLedgerApp(dataDir: string, ports: Ports, log?: (line: string) => void, options: OpenOptions = {}): Promise<LedgerApp> {
  const ledger = await openLedger(dataDir, options);
  const deps = { db: ledger.db, ports };
  const services: Services = {
    auth: createAuthService(deps),
    registry: createRegistryService(deps),
    system: createSystemService(ledger, APP_VERSION),
  };
  return { ledger, services, dispatch: createDispatch(createHandlers(services), log), close: () => ledger.close() };
}
