import { parse, type Program } from 'acorn';
import type { CodeError } from '../code-error.ts';

export type ParseOutcome = { program: Program; error?: undefined } | { program?: undefined; error: CodeError };

/** Parses one ES module the way AppSync sees resolver code: strict ESM, latest syntax. */
export function parseModule(code: string): ParseOutcome {
  try {
    const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
    return { program };
  } catch (err) {
    const e = err as SyntaxError & { loc?: { line: number; column: number } };
    const message = e.message.replace(/ \(\d+:\d+\)$/, '');
    return {
      error: {
        errorType: 'PARSER_ERROR',
        value: `Parsing error: ${message}`,
        location: { line: e.loc?.line ?? 1, column: (e.loc?.column ?? 0) + 1, span: 1 },
      },
    };
  }
}
