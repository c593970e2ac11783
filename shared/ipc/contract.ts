import type { z } from 'zod';
import { authContract } from './contract/auth.contract';
import { committeesContract } from './contract/committees.contract';
import { disputesContract } from './contract/disputes.contract';
import { documentsContract } from './contract/documents.contract';
import { filesContract } from './contract/files.contract';
import { meetingsContract } from './contract/meetings.contract';
import { prefsContract } from './contract/prefs.contract';
import { registryContract } from './contract/registry.contract';
import { syncContract } from './contract/sync.contract';
import { systemContract } from './contract/system.contract';
// --- policy (政策包) ---
import { policyContract } from './contract/policy.contract';
import type { Procedure } from './procedure';
// actions (整改清单)
import { actionsContract } from './contract/actions.contract';
// backup (issue 12)
import { backupContract } from './contract/backup.contract';
// consult (结果公示, 诉求响应台账)
import { consultContract } from './contract/consult.contract';

/**
 * The single source of truth for every channel between the renderer (or CLI)
 * and the core. Transports, the preload bridge and the renderer client are all
 * derived from this object.
 */
export const contract = {
  ...systemContract,
  ...authContract,
  ...registryContract,
  ...disputesContract,
  ...prefsContract,
  ...syncContract,
  ...committeesContract,
  // meetings (issue 11)
  ...meetingsContract,
  // actions (整改清单)
  ...actionsContract,
  // --- policy (政策包) ---
  ...policyContract,
  // files (folder chooser) — begin
  ...filesContract,
  ...documentsContract,
  // files — end
  // backup (issue 12)
  ...backupContract,
  // consult (结果公示, 诉求响应台账)
  ...consultContract,
} satisfies Record<string, Procedure>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller sends (before zod's defaults and transforms). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
