import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The `.partial` files a killed write left in one of the app's own folders,
 * with the name each would have had. Only the app writes there, so anything
 * ending in `.partial` is ours and unfinished.
 */
export function leftoverPartials(dir: string): { partial: string; finalName: string }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // the folder does not exist yet: nothing was ever written
  }
  return names.filter((n) => n.endsWith('.partial')).map((n) => ({ partial: join(dir, n), finalName: n.slice(0, -'.partial'.length) }));
}
