import { join } from 'node:path';
import type { Db } from '../db/schema';
import { removeQuietly } from '../files/atomic-write';
import { leftoverPartials } from '../files/leftover-partials';
import { finishInterruptedExports } from '../sync/interrupted-export';

/**
 * Every file the app writes into its data dir is committed to the ledger first and
 * renamed into place after, so what a kill leaves behind is a `.partial` file.
 * At each start: a recorded bundle's partial is finished; everything else
 * (a document or workbook whose log entry may not have committed, a bundle that
 * was never recorded) is removed: the clerk generates it again.
 */
export async function cleanUpInterruptedWrites(db: Db, dataDir: string): Promise<void> {
  await finishInterruptedExports(db, dataDir);
  for (const folder of ['documents', 'exports']) {
    for (const { partial } of leftoverPartials(join(dataDir, folder))) removeQuietly(partial);
  }
}
