import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../changes/change-hash';
import { commitPartial, removeQuietly } from '../files/atomic-write';
import { leftoverPartials } from '../files/leftover-partials';
import type { Db } from '../db/schema';
import * as repo from './sync.repository';

/**
 * Run at each start. Export commits the bundle's row before it renames the files,
 * so a kill in between leaves `<data dir>/bundles/<name>.partial` for a bundle the
 * office has recorded: its bytes are checked against the recorded hash and renamed
 * into place (the stick's copy is written again with 重写). A partial file whose
 * bundle was never recorded was cut off before the commit and is removed, so the
 * next export writes that seq afresh. Returns what it did, for the log.
 */
export async function finishInterruptedExports(db: Db, dataDir: string): Promise<{ finished: string[]; removed: string[] }> {
  const done = { finished: [] as string[], removed: [] as string[] };
  const leftovers = leftoverPartials(join(dataDir, 'bundles'));
  if (leftovers.length === 0) return done;
  const recorded = new Map((await repo.listBundles(db)).map((b) => [b.file_name, b.file_sha256]));
  for (const { partial, finalName } of leftovers) {
    const finalPath = join(dataDir, 'bundles', finalName);
    const sha = recorded.get(finalName);
    if (sha && !existsSync(finalPath) && sha256Hex(readFileSync(partial)) === sha) {
      commitPartial(partial, finalPath);
      done.finished.push(finalName);
    } else {
      removeQuietly(partial);
      done.removed.push(finalName);
    }
  }
  return done;
}
