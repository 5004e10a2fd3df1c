// ESLint flat config: typescript-eslint's recommended rules (syntax only, no type information, so it
// stays fast) plus the import boundaries of docs ARCHITECTURE.md ("Dependency rule").
//
// The dependency rule is checked three times, each catching different mistakes:
//  1. per-folder tsconfig (`npm run typecheck`): the environment as a compile error — shared/ has no DOM
//     and no Node types, so `document` or `process` there does not compile;
//  2. this file (`npm run lint`): per-folder `no-restricted-imports`, with a message saying where the
//     code should go instead — shown in the editor while typing;
//  3. tests/arch/dependency-rule.test.ts (`npm test`): the same rule as one function over every file,
//     including dynamic `import()` and `require()` (which `no-restricted-imports` does not see) and the
//     allow-list of isomorphic packages for shared/, with a deliberately bad fixture that must be reported.
// Keep 2 and 3 in step when the rule changes: tests/arch/lint-boundaries.test.ts lints 3's canary fixtures
// with this config and expects the same reports.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node built-ins, bare (`fs`, `fs/promises`) and prefixed (`node:*` is a pattern below). */
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

const ban = {
  react: {
    regex: '^react(-dom)?(/|$)',
    message: 'shared/ is pure TypeScript: put React code in renderer/ and pass plain data into shared/.',
  },
  duckdb: {
    regex: '^@duckdb/',
    message: 'shared/ talks to DuckDB only through the Engine interface (shared/engine.ts); adapters live in renderer/engine and electron/node.',
  },
  electronPkg: (where) => ({
    regex: '^electron(/|$)',
    message: `${where} must not import 'electron': only electron/main and electron/preload do; put the decision in electron/policy and the I/O in electron/node.`,
  }),
  nodePrefixed: (where, instead) => ({ regex: '^node:', message: `${where} must not import Node built-ins: ${instead}` }),
  nodeBare: (where, instead) => nodeBuiltins.map((name) => ({ name, message: `${where} must not import Node built-ins: ${instead}` })),
  toRenderer: (where) => ({
    regex: '^(\\.\\./)+renderer(/|$)',
    message: `${where} never imports renderer/: move what both need into shared/.`,
  }),
  toElectron: (where, instead) => ({ regex: '^(\\.\\./)+electron(/|$)', message: `${where} never imports electron/: ${instead}` }),
};

const restrict = (paths, patterns) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

const sharedRules = restrict(ban.nodeBare('shared/', 'put file and process access in electron/node and pass the data in.'), [
  ban.react,
  ban.duckdb,
  ban.electronPkg('shared/'),
  ban.nodePrefixed('shared/', 'put file and process access in electron/node and pass the data in.'),
  ban.toRenderer('shared/'),
  ban.toElectron(
    'shared/',
    'shared/ is the core the adapters depend on, never the other way; pass the adapter in through an interface (shared/platform.ts, shared/engine.ts).',
  ),
]);

const rendererRules = restrict(ban.nodeBare('renderer/', 'the renderer runs in the browser; ask the Platform interface (renderer/platform) for files.'), [
  {
    regex: '^electron(/|$)',
    message:
      "renderer/ must not import 'electron': use the Platform interface (shared/platform.ts), which the preload exposes and renderer/platform/bridge.ts adapts.",
  },
  ban.nodePrefixed('renderer/', 'the renderer runs in the browser; ask the Platform interface (renderer/platform) for files.'),
  ban.toElectron('renderer/', 'use the Platform interface (shared/platform.ts) and its bridge (renderer/platform/bridge.ts); shared logic goes in shared/.'),
]);

const policyRules = restrict(ban.nodeBare('electron/policy', 'it is pure decisions; do the I/O in electron/node or electron/main.'), [
  ban.electronPkg('electron/policy'),
  ban.nodePrefixed('electron/policy', 'it is pure decisions; do the I/O in electron/node or electron/main.'),
  {
    regex: '^(?![.]|node:|electron(/|$))',
    message: 'electron/policy imports only shared/ and itself (no packages): keep the decision pure and let electron/main or electron/node do the wiring.',
  },
  {
    regex: '^\\.\\./(main|node|cli|preload)(/|$)',
    message: 'electron/policy imports only shared/ and itself: the shells (main, node, cli, preload) depend on policy, not the other way.',
  },
  ban.toRenderer('electron/'),
]);

const electronShellRules = restrict([], [ban.toRenderer('electron/')]);
const electronNodeRules = restrict([], [ban.electronPkg('electron/node, electron/cli and the build scripts'), ban.toRenderer('electron/')]);

const code = ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'];

export default tseslint.config(
  {
    ignores: [
      'dist*/**',
      '**/node_modules/**',
      'out/**',
      'release/**',
      'data-samples/region-scale/**',
      'data-samples/full-scale/**',
      '.cache/**',
      '.scratch/**',
      '.tsbuild/**',
      'test-results/**',
      'tmp-*/**',
      'tmp-*',
    ],
  },
  { files: code, ...js.configs.recommended },
  ...tseslint.configs.recommended.map((c) => ({ ...c, files: c.files ?? code })),
  {
    files: code,
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // The code base marks a deliberately unused parameter or destructured-away field with a leading
      // underscore (`_url`, `{ $schema: _schema, ...spec }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Plain JS build scripts and CommonJS test shims run under Node.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
      },
    },
  },
  // A CommonJS file (a `node -r` preload) has no other way to load a module than require().
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // The dependency rule, one block per folder (the file sets are disjoint: a later block would replace,
  // not extend, an earlier block's options).
  { files: ['shared/**'], rules: sharedRules },
  // renderer/vite.config.ts is the build's configuration and runs under Node, not in the renderer (the
  // architecture test skips it too).
  { files: ['renderer/**'], ignores: ['renderer/vite.config.ts'], rules: rendererRules },
  { files: ['electron/policy/**'], rules: policyRules },
  { files: ['electron/main/**', 'electron/preload/**'], rules: electronShellRules },
  { files: ['electron/**'], ignores: ['electron/policy/**', 'electron/main/**', 'electron/preload/**'], rules: electronNodeRules },
);
