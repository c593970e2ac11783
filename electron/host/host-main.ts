import { openLedgerApp, type LedgerApp } from '#core/app/ledger-app';
import { defaultDataDir } from '#core/db/data-dir';
import { nodePorts } from '#core/db/node-ports';
import { extraRootsFromEnv, hostPathPolicy } from '#core/files/user-paths';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHost, type RunningHost } from './host-server';

/** The built renderer (vite build), relative to the repository. */
export const RENDERER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/renderer');

export type HostRun = { app: LedgerApp; host: RunningHost; dataDir: string; stop(): Promise<void> };

/** Opens the ledger in the data dir and serves it on the loopback host. */
export async function runHost(options: { dataDir?: string; port?: number }): Promise<HostRun> {
  const dataDir = resolve(options.dataDir ?? defaultDataDir());
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('界面尚未构建，请先运行 npm run build（npm start 会自动构建）');
  }
  // The page is untrusted: it may name only folders under home and removable media.
  const app = await openLedgerApp(dataDir, nodePorts(), undefined, { paths: hostPathPolicy({ extraRoots: extraRootsFromEnv() }) });
  try {
    const host = await startHost({ app, rendererDir: RENDERER_DIR, port: options.port ?? 0 });
    return {
      app,
      host,
      dataDir,
      stop: async () => {
        await host.close();
        await app.close();
      },
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}
