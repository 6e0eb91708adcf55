// Lint: TypeScript rules plus the layer boundaries of DESIGN section 4 and the features' front doors, so a wrong import fails.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { featureBoundaries } from './lint/feature-boundaries.js';

const NODE_BUILTINS = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
  'zlib',
  'events',
  'buffer',
];

const node = {
  paths: [
    ...NODE_BUILTINS.map((name) => ({ name, message: 'Node modules belong in electron/ (the host), not here.' })),
    { name: 'better-sqlite3', message: 'The database belongs to electron/host.' },
  ],
  patterns: [{ group: ['node:*'], message: 'Node modules belong in electron/ (the host), not here.' }],
};
const electron = { name: 'electron', message: "Only electron/main and electron/preload may import 'electron'." };
const intoElectron = {
  group: ['**/electron/**', '**/electron'],
  message: 'The renderer and shared code reach the host only through the contract (shared/api).',
};
const intoRenderer = { group: ['**/renderer/**', '**/renderer'], message: 'The renderer is a leaf: nothing imports it.' };
const intoMain = { group: ['**/main/**', '**/preload/**'], message: 'The host must not depend on the Electron main process.' };

const restrict = (paths, patterns) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.electron-native/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    ignores: ['shared/**/*.test.ts'],
    rules: restrict(
      [...node.paths, electron, { name: 'react', message: 'shared/ has no UI.' }],
      [...node.patterns, intoElectron, intoRenderer],
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, socle: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: {
      ...restrict([...node.paths, electron], [...node.patterns, intoElectron]),
      'socle/feature-boundaries': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['electron/host/**/*.ts', 'electron/web/**/*.ts'],
    rules: restrict([electron], [intoRenderer, intoMain]),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: restrict([], [intoRenderer]),
  },
);
