// @aws-appsync/eslint-plugin `recommended` on the resolver SOURCES, with full TypeScript types
// (the root tsconfig through the project service), for editors and CI:
//   npx eslint -c eslint.appsync.config.js resolvers
// `npm run build` separately lints every BUNDLE with the same rules (scripts/build/lint.ts); the bundle
// is what AppSync runs, the sources carry the types (e.g. `ctx` is `Context<...>` here, `any` there).
import appsync from '@aws-appsync/eslint-plugin';

const recommended = appsync.configs.recommended;

export default [
  {
    ...recommended,
    files: ['resolvers/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.spec.ts', '**/*.d.ts'],
    languageOptions: {
      ...recommended.languageOptions,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
];
