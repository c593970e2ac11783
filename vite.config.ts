import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const alias = { '#shared': here('./shared'), '#core': here('./electron/core') };

/** Bundles one Electron entry (main or preload) to a single CommonJS file for Node. */
const electronEntry = (entry: string, fileName: string, emptyOutDir: boolean) =>
  defineConfig({
    resolve: { alias },
    build: {
      ssr: entry,
      outDir: 'dist-electron',
      emptyOutDir,
      target: 'node22',
      sourcemap: true,
      rollupOptions: {
        // better-sqlite3 is native: electron-builder rebuilds it for Electron's ABI at packaging.
        external: ['electron', 'better-sqlite3'],
        output: { format: 'cjs', entryFileNames: fileName },
      },
    },
    ssr: { noExternal: true },
  });

export default defineConfig(({ mode }) => {
  if (mode === 'electron-main') return electronEntry(here('./electron/main/index.ts'), 'main.cjs', true);
  if (mode === 'electron-preload') return electronEntry(here('./electron/preload/index.ts'), 'preload.cjs', false);
  return {
    root: here('./renderer'),
    base: '/',
    plugins: [react()],
    resolve: { alias },
    build: {
      outDir: here('./dist/renderer'),
      emptyOutDir: true,
      // No inline polyfill script: the CSP allows scripts from 'self' only.
      modulePreload: { polyfill: false },
      chunkSizeWarningLimit: 2500,
    },
    test: {
      root: here('.'),
      projects: [
        { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
        {
          extends: true,
          test: {
            name: 'integration',
            include: ['test/integration/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['test/integration/helpers/cli-bundle.setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
          },
        },
      ],
    },
  };
});
