// typescript-eslint's recommended rules, no import cycles, one door per room in local/, no
// production import from test/, and no line over 120 characters. `npm run lint`, part of `npm test`.
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import rooms from './eslint-rules/rooms.js';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'cdk.out/**',
      'dist/**',
      '.data/**',
      'clients/generated/**',
      'resolvers/lib/schema-types.ts',
      'bench/server/peer/**',
      'local/server/graphiql/static/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.cjs'],
    plugins: { 'import-x': importX, shop: rooms },
    settings: {
      // the resolver-next node resolver (unrs): it reads package `exports`, so ESM-only packages (vite) resolve
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': 'error',
      // a `let` that a closure reads before its one assignment (a late-bound reference) stays a `let`
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      'shop/room-doors': 'error',
      'shop/no-test-imports': 'error',
      'max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests and benchmarks read untyped JSON (GraphQL answers, templates) and third-party objects.
    files: ['test/**', '**/*.test.ts', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // React Native ships Flow source, which import-x's cycle check must not try to parse.
    files: ['clients/mobile/**'],
    settings: { 'import-x/ignore': ['node_modules'] },
  },
  {
    // CommonJS: .cjs files, and the mobile app's Metro config (Expo loads metro.config.js with require()).
    files: ['**/*.cjs', 'clients/mobile/metro.config.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
