import type { Channel } from './contract';
import type { Envelope } from './envelope';

/**
 * What the Electron preload exposes on `window.ledgerBridge`: one function per
 * channel of the contract, and nothing else.
 */
export type LedgerBridge = { [C in Channel]: (input: unknown) => Promise<Envelope<unknown>> };

export const BRIDGE_KEY = 'ledgerBridge';

/** Header names of the loopback host. */
export const HOST_SECRET_HEADER = 'x-ledger-secret';
export const HOST_SESSION_HEADER = 'x-ledger-session';

/** The loopback host's download of a generated document: `GET /documents/<id>` (id issued by the core). */
export const DOCUMENTS_PATH = '/documents/';
