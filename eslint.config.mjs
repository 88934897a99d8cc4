// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

/**
 * Layer rules (docs/architecture.md): a wrong import fails lint here and the type check in the
 * layer's own tsconfig. Patterns are matched against the import specifier.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const restrictAll = (groups) => ({
  'no-restricted-imports': [
    'error',
    { patterns: groups.map(([group, message]) => ({ group, message })) },
  ],
});

const NODE = [nodeBuiltins, 'Node built-ins belong in electron/core, electron/main or center/.'];
const ELECTRON = [
  ['electron', 'electron/*'],
  "Only electron/main and electron/preload may import 'electron'.",
];
const UI = [
  ['react', 'react-*', 'react/*', '@mantine/*', 'zustand', 'i18next'],
  'UI packages belong in renderer/.',
];
const SQLITE = [
  ['better-sqlite3', 'kysely', 'pg'],
  'Database drivers belong in electron/core or center/.',
];
const up = (dirs) => dirs.flatMap((d) => [`**/${d}`, `**/${d}/**`]);

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'reports/', 'test-results/', 'playwright-report/', '.data/'],
  },
  js.configs.recommended,
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrictAll([
      NODE,
      ELECTRON,
      UI,
      SQLITE,
      [
        up(['electron', 'renderer', 'center', 'resources']),
        'shared/ imports nothing but shared/ and zod.',
      ],
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: restrictAll([
      NODE,
      ELECTRON,
      SQLITE,
      [up(['electron', 'center']), 'The renderer talks to the core only through window.api.'],
    ]),
  },
  {
    files: ['electron/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrictAll([
      ELECTRON,
      UI,
      [
        up(['renderer', 'main', 'preload', 'host', 'center']),
        'electron/core runs in plain Node and imports only shared/.',
      ],
    ]),
  },
  {
    files: ['electron/host/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrictAll([
      ELECTRON,
      UI,
      [
        up(['renderer', 'main', 'preload', 'center']),
        'electron/host may import shared/ and electron/core only.',
      ],
    ]),
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrictAll([
      UI,
      [
        up(['renderer', 'preload', 'host', 'center']),
        'electron/main may import shared/, electron/core and electron.',
      ],
    ]),
  },
  {
    files: ['center/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrictAll([
      ELECTRON,
      UI,
      [up(['renderer', 'electron']), 'center/ is a separate server: it imports shared/ only.'],
    ]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrictAll([
      NODE,
      UI,
      SQLITE,
      [
        up(['renderer', 'main', 'core', 'host', 'center']),
        'The preload exposes window.api and nothing else.',
      ],
    ]),
  },
);
