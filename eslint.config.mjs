// Lint: typescript-eslint's recommended rules, plus the architecture's one hard rule: the engine is pure.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-test/**', 'node_modules/**', '.e2e/**', '**/*.js', '**/*.mjs', '!eslint.config.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*', 'vscode-languageserver*', 'vscode-languageclient*'], message: 'The engine is pure: no editor APIs.' },
            { group: ['node:*'], message: 'The engine is pure: file access and the clock come from the EngineHost.' },
          ],
          paths: ['fs', 'fs/promises', 'path', 'os', 'child_process', 'worker_threads', 'url', 'util', 'crypto', 'process'].map((name) => ({
            name,
            message: 'The engine is pure: file access and the clock come from the EngineHost.',
          })),
        },
      ],
      'no-console': 'error',
    },
  },
);
