import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Lint, with the architecture's one-way arrows as rules (docs/architecture.md, Direction of imports):
 * workflows/ imports only @temporalio/workflow, async-mutex (its handler lock) and its own files; client/ nothing from server/ or workflows/.
 */
export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'client/dist/', 'client/src/gql/', 'test-output/', 'server/src/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Anything but @temporalio/workflow, the handler lock or a sibling file: Node builtins, server/, npm packages.
              regex: '^(?!@temporalio/workflow$|async-mutex$|\\./)',
              message: 'workflows/ is deterministic workflow code: it imports only @temporalio/workflow, async-mutex and its own files.',
            },
          ],
        },
      ],
    },
  },
  {
    // The server logs through server/src/common/logger.ts, so LOG_LEVEL and the JSON format apply to every line.
    files: ['server/src/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['client/**/*.{ts,tsx,mts}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/workflows/**', '../../server/*', '../../workflows/*'],
              message: 'client/ knows the server only through GraphQL and the generated types.',
            },
          ],
        },
      ],
    },
  },
  {
    // Examples for people who build on the API: plain Node, with its built-in fetch.
    files: ['docs/examples/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', fetch: 'readonly', URL: 'readonly' } },
  },
  {
    // The build step `npm start` runs before anything is compiled: plain Node.
    files: ['server/tools/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { globals: { module: 'writable', require: 'readonly', process: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
