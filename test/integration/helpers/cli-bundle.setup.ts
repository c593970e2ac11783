// Vitest global setup for the integration project: bundles the ledger CLI once, so
// each CLI test spawns one plain `node` process (about half a second) instead of
// tsx transpiling the whole tree again in every child (several seconds on a busy
// machine). The bundle is built from the same sources `npm run ledger` runs.
import { build, type BuildOptions } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export default async function setup(): Promise<() => void> {
  // Inside node_modules so the bundle resolves better-sqlite3 (kept external: it is native).
  const dir = mkdtempSync(join(process.cwd(), 'node_modules', '.ledger-cli-'));
  const outfile = join(dir, 'ledger-cli.mjs');
  const options: BuildOptions = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'warning',
    // Some dependencies are CommonJS and call require(); give the ES module one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  };
  await build({ ...options, entryPoints: [join(process.cwd(), 'electron', 'cli', 'ledger.ts')], outfile });
  // The crash harness's writer (test/integration/crash), killed at random points.
  const writer = join(dir, 'crash-writer.mjs');
  await build({ ...options, entryPoints: [join(process.cwd(), 'test', 'integration', 'crash', 'crash-writer.ts')], outfile: writer });
  process.env.LEDGER_TEST_CRASH_WRITER = writer;
  process.env.LEDGER_TEST_CLI = outfile;
  return () => rmSync(dir, { recursive: true, force: true });
}
