import { COMMITTEES_EXPORTABLES } from '../committees/committees.exportable';
import { DISPUTES_EXPORTABLES } from '../disputes/disputes.exportable';
import { MEETINGS_EXPORTABLES } from '../meetings/meetings.exportable';
import { REGISTRY_EXPORTABLES } from '../registry/registry.exportable';
// actions (整改清单)
import { ACTIONS_EXPORTABLES } from '../actions/actions.exportable';
// --- policy (政策包) ---
import { POLICY_EXPORTABLES } from '../policy/policy.exportable';
import { withHashColumnsOmitted, type Exportable } from './exportable';
// consult (结果公示)
import { CONSULT_EXPORTABLES } from '../consult/consult.exportable';

/**
 * Every table a bundle carries, in file order. A new domain adds its declarations
 * here. Never listed: `operators` (accounts and password hashes),
 * `operator_preferences`, the search index, the change log and sync's own tables.
 */
export const EXPORTABLES: readonly Exportable[] = [
  ...REGISTRY_EXPORTABLES, ...DISPUTES_EXPORTABLES, ...COMMITTEES_EXPORTABLES,
  // meetings (issue 11)
  ...MEETINGS_EXPORTABLES,
  // actions (整改清单)
  ...ACTIONS_EXPORTABLES,
  // --- policy (政策包) ---
  ...POLICY_EXPORTABLES,
  // consult (结果公示)
  ...CONSULT_EXPORTABLES,
  // fieldcrypt: keyed-hash columns stay in the office
].map(withHashColumnsOmitted);

/** Tables that must never appear in a bundle, whatever a future declaration says. */
export const NEVER_EXPORTED = new Set(['operators', 'operator_preferences', 'changes', 'bundles', 'sync_settings', 'disputes_search']);

for (const e of EXPORTABLES) {
  if (NEVER_EXPORTED.has(e.entity)) throw new Error(`${e.entity} must never be exported`);
}

export const exportableByEntity = new Map(EXPORTABLES.map((e) => [e.entity, e]));
