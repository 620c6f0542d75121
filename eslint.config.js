import tseslint from 'typescript-eslint';

// The lint rules that guard the architecture (design.md): the core ring is
// pure TypeScript that runs in Node, so it may not reach for the browser,
// WXT, Preact or Dexie.
const browserOnly = ['wxt', 'wxt/*', '#imports', 'preact', 'preact/*', 'dexie', 'dexie/*', '@wxt-dev/*', 'webextension-polyfill'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-output/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: browserOnly, message: 'src/core stays pure: no browser, WXT, Preact or Dexie (design.md).' }],
          paths: [{ name: 'wxt/browser', message: 'src/core stays pure.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'src/core stays pure: no extension APIs.' },
        { name: 'chrome', message: 'src/core stays pure: no extension APIs.' },
        { name: 'indexedDB', message: 'src/core stays pure: storage lives in src/platform.' },
      ],
    },
  },
  {
    // Components read data through the platform ring, never Dexie directly.
    files: ['src/ui/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['dexie', 'dexie/*'], message: 'Go through src/platform/db.' }] }],
    },
  },
);
