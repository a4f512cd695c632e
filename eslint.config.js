import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The runtime a file belongs to is its folder; these zones keep each folder to what it may import.
const noElectron = { name: 'electron', message: 'This layer runs without Electron: keep electron out.' };
const zone = (files, patterns, paths = []) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] },
});

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  zone(
    ['src/renderer/**'],
    [
      { group: ['**/main/**', '**/preload/**', '**/harness/**', '**/cli/**'], message: 'The renderer reaches main only through window.archive (src/renderer/src/lib/api.ts).' },
      { group: ['node:*'], message: 'The renderer has no Node.' },
    ],
    [noElectron, { name: 'zod', message: 'Validation happens in main; the renderer trusts the contract types.' }],
  ),
  zone(
    ['src/shared/**'],
    [
      { group: ['**/main/**', '**/preload/**', '**/renderer/**', '**/harness/**', '**/cli/**'], message: 'shared imports nothing of ours outside shared.' },
      { group: ['node:*'], message: 'shared is runtime-neutral: no Node built-ins.' },
    ],
    [noElectron],
  ),
  zone(
    ['src/main/core/**', 'src/main/ipc/**', 'src/harness/**', 'src/cli/**'],
    [{ group: ['**/renderer/**', '**/preload/**'], message: 'Main-side code never imports the renderer or preload.' }],
    [noElectron],
  ),
  zone(
    ['src/preload/**'],
    [
      { group: ['**/main/**', '**/renderer/**', '**/harness/**', '**/cli/**'], message: 'The preload is the bridge, not a place for app code.' },
      {
        group: ['**/shared/ipc/contract', '**/shared/model/**', 'zod'],
        allowTypeImports: true,
        message: 'The sandboxed preload imports only the channel names (and types) of the contract.',
      },
    ],
  ),
);
