// Lint: strict TypeScript, React hooks, accessibility, and the one-way import rule
// (lib/domain know no React, Dexie or app code; features do not import each other).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const FEATURES = ['campaigns', 'register', 'evidence', 'nominations', 'council', 'documents', 'backup', 'settings', 'help', 'demo', 'year-end'];

const featureBoundaries = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: FEATURES.filter((f) => f !== feature).map((f) => `**/features/${f}/**`),
            message: 'Features do not import each other: share through domain/, db/ or ui/.',
          },
          { group: ['**/app/**'], message: 'Features do not import app/: app wires features, not the reverse.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'test-results', 'playwright-report', 'bench/.profile', 'bench/.dist', 'public/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      'jsx-a11y/no-autofocus': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-*', 'dexie', 'dexie-*', '@tanstack/*'], message: 'domain/ and lib/ are pure TypeScript: no React, no Dexie.' },
            { group: ['**/db/**', '**/db', '**/app/**', '**/features/**', '**/ui/**'], message: 'domain/ and lib/ import nothing above them.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/app/**', '**/features/**', '**/ui/**', 'react', 'react-dom'], message: 'db/ knows the domain, not the UI.' }] },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/app/**', '**/features/**', '**/db/**', 'dexie', 'dexie-*'], message: 'ui/ holds dumb shared components: no data access, no features.' }] },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: ['e2e/**/*.ts', 'bench/**/*.{ts,mjs}', '*.config.{ts,js}'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
