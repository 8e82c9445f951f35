// Lint that knows which code runs where: the import rules keep DESIGN.md's map true.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'http', 'net', 'zlib', 'util', 'url'];
const pattern = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.docket-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': [
        'error',
        { patterns: [pattern(['electron'], "Only electron/main.ts, preload.ts and ipc.ts may import 'electron'.")] },
      ],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'e2e/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern([...nodeBuiltins, 'electron', 'react', 'react-dom', 'react/*', 'sql.js', 'zustand', 'zustand/*'], 'shared/ is pure: it runs in both processes.'),
            pattern(['**/electron/**', '**/renderer/**', '**/server/**'], 'shared/ imports nothing outside shared/.'),
          ],
        },
      ],
    },
  },
  {
    files: ['shared/kernel/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [pattern(['**/domain/**', '**/contract/**', 'zod', ...nodeBuiltins], 'the kernel imports nothing else of ours.')] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern([...nodeBuiltins, 'electron', 'sql.js'], 'the renderer runs in a sandboxed page.'),
            pattern(['**/electron/**', '**/server/**'], 'the renderer talks to the core only through shared/contract.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['electron'], 'the core runs in plain Node: never import electron.'),
            pattern(['**/renderer/**', '**/cli/**', 'react', 'zustand'], 'the core does not depend on its shells.'),
          ],
        },
      ],
    },
  },
);
