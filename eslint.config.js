// Lint rules, including the layer fence (README, "Architecture"): an import across a
// forbidden layer fails `npm run lint`, and test/unit/layer-fence.test.ts lints one
// forbidden and one allowed import per layer so the fence cannot open silently.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// The fence matches import specifiers as written, with `regex` patterns. Not `group`
// globs: those are gitignore lines, where a leading '#' makes '#core/*' a comment and
// '**/electron/core/**' never matches the relative '../core/x'. The rule's regexes are
// case-insensitive, which is right: Windows and macOS resolve '../Host/x' too.
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (...regexes) => regexes.map((regex) => `(?:${regex})`).join('|');
/** A package and its subpaths: 'kysely' and 'kysely/helpers/sqlite'. */
const pkg = (...names) => `^(?:${names.map(escape).join('|')})(?:/|$)`;
/** A top-level folder of ours, reached by a relative path through it. */
const throughFolder = (folder) => `^\\.\\.?/(?:.*/)?${folder}(?:/|$)`;
/**
 * A layer under electron/, reached by a relative path: '../../electron/host/x' from
 * anywhere, or '../host/x', '../../host/x' from a sibling layer. The second form would
 * also match a subfolder of the importer's own layer named like a layer, so no folder
 * inside electron/ may be named host, cli, launcher, main, preload or core.
 */
const electronLayer = (...layers) => anyOf(`^\\.\\.?/(?:.*/)?electron/(?:${layers.join('|')})(?:/|$)`, `^(?:\\.\\./)+(?:${layers.join('|')})(?:/|$)`);
const refuse = (regex, message) => ({ regex, message });

// Bare names too: 'fs' and 'crypto' resolve to the built-ins exactly like 'node:fs'.
const NODE = refuse(anyOf('^node:', `^(?:${builtinModules.map(escape).join('|')})$`), 'Node built-ins are not available in this layer.');
const ELECTRON = refuse(pkg('electron'), 'Only electron/main and electron/preload may import electron.');
const SQL = refuse(pkg('kysely', 'better-sqlite3'), 'Kysely and better-sqlite3 belong to electron/core.');
const REACT = refuse(pkg('react', 'react-dom'), 'React belongs to renderer/.');
const RENDERER_CODE = refuse(anyOf('^#renderer(?:/|$)', throughFolder('renderer')), 'renderer/ is the browser layer; nothing else imports it.');
const ELECTRON_CODE = refuse(anyOf('^#core(?:/|$)', throughFolder('electron')), 'electron/ is reached only through the contract: renderer/src/ipc/client.ts on one side, dispatch on the other.');
const CORE_CODE = refuse(anyOf('^#core(?:/|$)', electronLayer('core')), 'The preload forwards channels over IPC; it never imports electron/core.');
const PRELOAD_REACH = refuse(electronLayer('host', 'cli', 'launcher', 'main'), 'The preload imports only electron and shared/.');
const TRANSPORTS = refuse(electronLayer('host', 'cli', 'launcher', 'main', 'preload'), 'electron/core must not import the transports or the shell: platform powers are ports (electron/core/ports.ts).');
const SHELL = refuse(electronLayer('main', 'preload'), 'Plain-Node transports must not import the Electron shell.');
// Type-only imports are refused too: a service takes `Db` from db/schema.ts and row
// types from *.table.ts, so it never needs to name Kysely itself.
const SERVICE_SQL = refuse(pkg('kysely', 'better-sqlite3'), 'Services hold no SQL: queries go in a *.repository.ts or *.queries.ts, row types in a *.table.ts.');

// Everything electron/core may not import; services refuse all of it plus SQL.
const CORE = [ELECTRON, REACT, RENDERER_CODE, TRANSPORTS];

/**
 * One config object per layer. Flat config replaces a rule's options when a later object
 * matches the same file, so each layer lists everything it refuses, and the services
 * object (which also matches electron/core) repeats CORE by reference, not by hand.
 * `files` name whole folders so that a .tsx or .js file there is fenced as well.
 */
const layer = (files, refused, extra = {}) => ({
  files,
  ...extra,
  rules: { ...extra.rules, 'no-restricted-imports': ['error', { patterns: refused }] },
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a const array and a union type, not enum.' }],
    },
  },
  layer(['shared/**'], [ELECTRON, NODE, SQL, REACT, ELECTRON_CODE, RENDERER_CODE]),
  layer(['renderer/**'], [ELECTRON, NODE, SQL, ELECTRON_CODE], {
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  }),
  layer(['electron/preload/**'], [NODE, SQL, REACT, RENDERER_CODE, CORE_CODE, PRELOAD_REACH]),
  layer(['electron/core/**'], CORE),
  // Services hold no SQL: only the db folders, repositories, queries and tables speak
  // Kysely or SQLite (any domain may grow a db/ folder, as city/ has).
  layer(['electron/core/**'], [...CORE, SERVICE_SQL], {
    ignores: ['electron/core/**/db/**', 'electron/core/**/*.repository.ts', 'electron/core/**/*.queries.ts', 'electron/core/**/*.table.ts'],
  }),
  layer(['electron/host/**', 'electron/cli/**', 'electron/launcher/**'], [ELECTRON, SQL, REACT, RENDERER_CODE, SHELL]),
  layer(['electron/main/**'], [REACT, RENDERER_CODE]),
);
