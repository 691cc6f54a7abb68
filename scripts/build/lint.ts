// Lints the bundles (what AppSync actually receives) with @aws-appsync/eslint-plugin's `recommended`
// config. Its type-aware rules (no-recursion, no-function-*, no-disallowed-methods) need a TypeScript
// program: we build one over the bundled .js files ourselves (allowJs + checkJs, so the checker infers
// types from plain JS and resolves `@aws-appsync/utils` to its .d.ts) and hand it to the parser
// through `parserOptions.programs`. No tsconfig is written and nothing is cached between builds.
import { createRequire } from 'node:module';
import path from 'node:path';
import appsync from '@aws-appsync/eslint-plugin';
import { ESLint, type Linter } from 'eslint';
import ts from 'typescript';

const require = createRequire(import.meta.url);

/** Where @aws-appsync/utils lives for the type checker, wherever the out dir is. */
function appsyncUtilsDir(): string {
  return path.dirname(require.resolve('@aws-appsync/utils/package.json'));
}

/** Compiler options for type-checking bundled APPSYNC_JS (ES modules, JS inferred as if it were TS). */
export function bundleCompilerOptions(): ts.CompilerOptions {
  const utils = appsyncUtilsDir();
  return {
    allowJs: true,
    checkJs: true,
    noEmit: true,
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts'],
    types: [],
    skipLibCheck: true,
    paths: {
      '@aws-appsync/utils': [utils],
      '@aws-appsync/utils/*': [path.join(utils, '*')],
    },
  };
}

export interface LintMessage {
  /** absolute bundle path */
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

const recommended = (appsync.configs as Record<string, Linter.Config>)['recommended']!;

/** The ESLint flat config applied to bundles. */
export function bundleLintConfig(program: ts.Program): Linter.Config[] {
  return [
    {
      ...recommended,
      files: ['**/*.js'],
      languageOptions: {
        ...recommended.languageOptions,
        ecmaVersion: 'latest',
        sourceType: 'module',
        parserOptions: { programs: [program] },
      },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
  ];
}

export async function lintBundles(outDir: string, files: string[]): Promise<LintMessage[]> {
  if (files.length === 0) return [];
  const program = ts.createProgram({ rootNames: files, options: bundleCompilerOptions() });
  const eslint = new ESLint({
    cwd: outDir,
    overrideConfigFile: true,
    overrideConfig: bundleLintConfig(program),
    // Bundles are generated: inline `eslint-disable` comments in sources must not switch rules off.
    allowInlineConfig: false,
    errorOnUnmatchedPattern: true,
  });
  const results = await eslint.lintFiles(files);
  const messages: LintMessage[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      messages.push({
        file: result.filePath,
        line: m.line || 1,
        column: m.column || 1,
        rule: m.ruleId ?? (m.fatal ? 'parse-error' : 'eslint'),
        message: m.message,
      });
    }
  }
  return messages;
}
