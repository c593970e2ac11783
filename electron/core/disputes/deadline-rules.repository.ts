import type { Tx } from '../db/schema';

export const liveRuleRows = (trx: Tx) => trx.selectFrom('deadline_rules').select(['id', 'version']).where('deleted_at', 'is', null).execute();
