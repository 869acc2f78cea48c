// ESLint flat config: JavaScript, TypeScript and Svelte recommended rules on the code, the tests and the scripts.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/', 'dist-e2e/', 'dev-dist/', 'test-results/', 'node_modules/', 'coverage/', 'screenshots/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Plain Map/Set/Date in state classes and derivations are local computations or private caches, never state
      // that the view watches (reactivity goes through $state assignments): the rule's suggestion would only add cost.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
);
