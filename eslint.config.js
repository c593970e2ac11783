// Lint rules, including the layer table of ../shared/DESIGN.md: an import across a
// forbidden layer fails `npm test`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = { group: ['node:*'], message: 'Node built-ins are not available in this layer.' };
const ELECTRON = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const ELECTRON_GROUP = { group: ['electron/*'], message: 'Only electron/main and electron/preload may import electron.' };
const DB = [
  { name: 'kysely', message: 'SQL lives in electron/core (db/**, *.repository.ts, *.queries.ts).' },
  { name: 'better-sqlite3', message: 'SQLite lives in electron/core/db.' },
];
const REACT = [{ name: 'react', message: 'React belongs to renderer/.' }];
const path = (group, message) => ({ group, message });
const RENDERER_CODE = path(['**/renderer/**', '#renderer/*'], 'renderer/ is the browser layer; nothing else imports it.');
const CORE_CODE = path(['#core/*', '**/electron/core/**'], 'electron/core runs in Node; this layer must not import it.');
const APP_LAYERS = path(['**/electron/**', '#core/*'], 'shared/ must not import electron/ or renderer/.');
const HOST_CLI_MAIN = path(['**/electron/main/**', '**/electron/host/**', '**/electron/cli/**', '**/electron/preload/**'], 'electron/core must not import the transports.');

const restrict = (paths, patterns) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

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
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: restrict([ELECTRON, ...DB, ...REACT, { name: 'react-dom', message: 'React belongs to renderer/.' }], [NODE_BUILTINS, ELECTRON_GROUP, APP_LAYERS, RENDERER_CODE]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([ELECTRON, ...DB], [NODE_BUILTINS, ELECTRON_GROUP, path(['**/electron/**', '#core/*'], 'The renderer reaches the core only through renderer/src/ipc/client.ts.')]),
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict([...DB, ...REACT], [NODE_BUILTINS, CORE_CODE, RENDERER_CODE]),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: restrict([ELECTRON, ...REACT], [ELECTRON_GROUP, RENDERER_CODE, HOST_CLI_MAIN]),
  },
  {
    // Services hold no SQL: only the db layer and repositories speak Kysely.
    files: ['electron/core/**/*.ts'],
    ignores: ['electron/core/db/**', 'electron/core/city/db/**', 'electron/core/**/*.repository.ts', 'electron/core/**/*.queries.ts', 'electron/core/**/*.table.ts'],
    rules: restrict([ELECTRON, ...REACT, { name: 'kysely', message: 'Services hold no SQL: put the query in a *.repository.ts.' }], [ELECTRON_GROUP, RENDERER_CODE, HOST_CLI_MAIN]),
  },
  {
    files: ['electron/host/**/*.ts', 'electron/cli/**/*.ts', 'electron/launcher/**/*.ts'],
    rules: restrict([ELECTRON, ...DB, ...REACT], [ELECTRON_GROUP, RENDERER_CODE, path(['**/electron/main/**', '**/electron/preload/**'], 'Plain-Node transports must not import the Electron shell.')]),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: restrict([...REACT], [RENDERER_CODE]),
  },
);
