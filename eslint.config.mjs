import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/', 'storybook-static/', 'node_modules/', '.tmp/', 'src/core/i18n/locales/', 'src/core/i18n/locale-codes.ts', 'custom-elements.json']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', '.storybook/**/*.ts'],
    plugins: {lit, wc, 'lit-a11y': litA11y},
    languageOptions: {globals: globals.browser},
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      // Browser code ships zod/mini only, always as a namespace import (tree-shaking).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {name: 'zod', message: "Use `import * as z from 'zod/mini'` in browser code."},
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value=/^zod/] > ImportSpecifier",
          message: "Import zod as a namespace: `import * as z from 'zod/mini'` (named imports pull in more).",
        },
      ],
      'no-restricted-properties': [
        'error',
        {property: 'innerHTML', message: 'Render with Lit templates; never innerHTML.'},
        {property: 'outerHTML', message: 'Render with Lit templates.'},
        {property: 'insertAdjacentHTML', message: 'Render with Lit templates.'},
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {name: 'zod', message: "Use `import * as z from 'zod/mini'` in browser code."},
            {name: 'lit/directives/unsafe-html.js', message: 'Never render unsafe HTML.'},
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: {globals: {...globals.browser, ...globals.mocha}},
    rules: {'@typescript-eslint/no-non-null-assertion': 'off'},
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {globals: globals.node},
  },
  {
    // End-to-end tests run in Node but evaluate functions in the page.
    files: ['test/e2e/**'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
);
