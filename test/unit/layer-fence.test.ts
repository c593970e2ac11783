import { ESLint } from 'eslint';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layer fence in eslint.config.js, linted through ESLint's own API. Each file path is
// virtual (nothing is written): it only decides which layer's rules apply. Every forbidden
// import must be reported by no-restricted-imports, every allowed one must lint clean, so
// the fence can neither open silently nor close on the imports the layers depend on.

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

type Import = [file: string, specifier: string, kind?: 'type'];

const source = (specifier: string, kind?: 'type') =>
  kind === 'type' ? `import type { X } from '${specifier}';\nexport type { X };\n` : `import { x } from '${specifier}';\nexport { x };\n`;

const lint = async (file: string, specifier: string, kind?: 'type') => {
  const [result] = await eslint.lintText(source(specifier, kind), { filePath: join(root, file) });
  return result!.messages;
};

const SHARED = 'shared/domain/disputes/probe.ts';
const RENDERER = 'renderer/src/features/disputes/Probe.tsx';
const PRELOAD = 'electron/preload/index.ts';
// Neither in a db/ folder nor a repository, queries or table file: a service.
const CORE = 'electron/core/disputes/probe.ts';
const CORE_TOP = 'electron/core/probe.ts';
const CORE_DEEP = 'electron/core/city/db/migrations/probe.ts';
const SERVICE = 'electron/core/disputes/disputes.service.ts';
const REPOSITORY = 'electron/core/disputes/disputes.repository.ts';
const HOST = 'electron/host/host-server.ts';
const CLI = 'electron/cli/ledger.ts';
const LAUNCHER = 'electron/launcher/start.ts';
const MAIN = 'electron/main/index.ts';

const FORBIDDEN: Import[] = [
  [SHARED, 'electron'],
  [SHARED, 'node:fs'],
  [SHARED, 'fs'],
  [SHARED, 'crypto'],
  [SHARED, 'kysely'],
  [SHARED, 'better-sqlite3'],
  [SHARED, 'react'],
  [SHARED, '#core/errors'],
  [SHARED, '#renderer/ipc/client'],
  [SHARED, '../../../electron/core/errors'],
  [SHARED, '../../../renderer/src/ipc/client'],

  [RENDERER, '#core/rpc/dispatch'],
  [RENDERER, '#core/rpc/call-context', 'type'],
  [RENDERER, '../../../../electron/core/errors'],
  [RENDERER, '../../../../electron/main/ipc'],
  [RENDERER, 'electron'],
  [RENDERER, 'node:path'],
  [RENDERER, 'child_process'],
  [RENDERER, 'fs/promises'],
  [RENDERER, 'better-sqlite3'],
  [RENDERER, 'kysely/helpers/sqlite'],

  [PRELOAD, 'node:fs'],
  [PRELOAD, 'fs'],
  [PRELOAD, '#core/rpc/dispatch'],
  [PRELOAD, '../core/rpc/dispatch'],
  [PRELOAD, '../main/ipc'],
  [PRELOAD, '../host/host-server'],
  [PRELOAD, '../../renderer/src/ipc/client'],
  [PRELOAD, 'kysely'],
  [PRELOAD, 'react'],

  [CORE, 'electron'],
  [CORE, '../../host/host-server'],
  [CORE, '../../cli/ledger'],
  [CORE, '../../launcher/start'],
  [CORE, '../../main/ipc'],
  [CORE, '../../preload/index'],
  [CORE, '../../../electron/host/host-server'],
  [CORE_TOP, '../host/host-server'],
  [CORE_DEEP, '../../../../cli/ledger'],
  [CORE, '#renderer/ipc/client'],
  [CORE, '../../../renderer/src/ipc/client'],
  [CORE, 'react-dom/client'],

  // Files that may speak SQL still refuse everything else core refuses.
  [REPOSITORY, 'electron'],
  [REPOSITORY, '../../host/host-server'],
  [REPOSITORY, '#renderer/ipc/client'],

  [SERVICE, 'kysely'],
  [SERVICE, 'kysely', 'type'],
  [SERVICE, 'kysely/helpers/sqlite'],
  [SERVICE, 'better-sqlite3'],
  // A service refuses what all of core refuses, not only SQL.
  [SERVICE, 'electron'],
  [SERVICE, '../../host/host-server'],

  [HOST, 'electron'],
  [HOST, '../main/ipc'],
  [HOST, '../preload/index'],
  [HOST, 'kysely'],
  [HOST, '../../renderer/src/ipc/client'],
  [CLI, 'better-sqlite3'],
  [CLI, '../main/window-options'],
  [LAUNCHER, 'electron'],
  [LAUNCHER, 'react'],

  [MAIN, 'react'],
  [MAIN, '#renderer/ipc/client'],
  [MAIN, '../../renderer/src/ipc/client'],
];

const ALLOWED: Import[] = [
  [SHARED, 'zod'],
  [SHARED, '#shared/domain/auth/roles'],
  [SHARED, '../auth/roles'],

  [RENDERER, 'react'],
  [RENDERER, 'react-dom/client'],
  [RENDERER, 'ag-grid-react'],
  [RENDERER, '#shared/ipc/contract'],
  [RENDERER, '../../ipc/client'],
  // Names that only start like a built-in or a layer are not fenced.
  [RENDERER, 'path-to-regexp'],
  [RENDERER, '../../ui/main-menu'],

  [PRELOAD, 'electron'],
  [PRELOAD, 'electron/renderer'],
  [PRELOAD, '#shared/ipc/bridge'],

  [CORE, 'node:fs'],
  [CORE, 'crypto'],
  [CORE, '#core/db/schema'],
  [CORE, '../db/record-store'],
  [CORE, '../sync/host-keys'],
  [CORE, '#shared/domain/disputes/deadlines'],
  [CORE, 'zod'],
  [SERVICE, '#core/db/schema', 'type'],
  [SERVICE, './disputes.table', 'type'],
  ['electron/core/db/open-ledger.ts', 'better-sqlite3'],
  ['electron/core/db/schema.ts', 'kysely', 'type'],
  [CORE_DEEP, 'kysely'],
  [REPOSITORY, 'kysely'],
  ['electron/core/disputes/disputes.queries.ts', 'kysely'],
  ['electron/core/disputes/disputes.table.ts', 'kysely', 'type'],
  ['electron/core/city/city.repository.ts', 'better-sqlite3', 'type'],

  [HOST, '#core/app/ledger-app'],
  [HOST, 'node:http'],
  [CLI, '#core/errors'],
  [LAUNCHER, '../host/host-main'],
  [LAUNCHER, 'child_process'],

  [MAIN, 'electron'],
  [MAIN, '#core/ports'],
  [MAIN, 'node:path'],
];

const cases = (imports: Import[]) =>
  imports.map(([file, specifier, kind]) => [`${file} ← ${kind === 'type' ? 'import type ' : ''}'${specifier}'`, file, specifier, kind] as const);

describe('the layer fence', () => {
  it.each(cases(FORBIDDEN))('refuses %s', async (_title, file, specifier, kind) => {
    const messages = await lint(file, specifier, kind);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toMatchObject({ ruleId: 'no-restricted-imports', severity: 2 });
      expect(message.message).toContain(`'${specifier}'`);
    }
  });

  it.each(cases(ALLOWED))('allows %s', async (_title, file, specifier, kind) => {
    // Empty, not merely error-free: "file ignored" is a warning, and would pass for nothing.
    expect(await lint(file, specifier, kind)).toEqual([]);
  });
});
