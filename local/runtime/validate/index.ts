// The APPSYNC_JS subset, enforced before anything runs: every construct the runtime refuses is
// reported as a CodeError with its line and column, as AppSync reports them at deploy time.
import { fullAncestor } from 'acorn-walk';
import type { Program } from 'acorn';
import { MAX_CODE_LENGTH } from '../../../contracts/index.ts';
import type { CodeError } from '../code-error.ts';
import { checkHandlerContext } from './ctx-rules.ts';
import { checkDeniedMethods } from './denied-methods.ts';
import { collectNamedFunctions } from './function-bindings.ts';
import { checkFunctionValues } from './function-rules.ts';
import { checkModuleSyntax } from './module-rules.ts';
import { parseModule } from './parse.ts';
import { checkRecursion } from './recursion.ts';
import { createReporter } from './report.ts';
import { checkSyntax } from './syntax-rules.ts';
import type { AnyNode } from './ast.ts';

export { PROVIDED_MODULES } from './module-rules.ts';

export interface Validation {
  program?: Program;
  errors: CodeError[];
}

export function validateCode(code: string): Validation {
  const errors: CodeError[] = [];
  if (code.length > MAX_CODE_LENGTH) {
    errors.push({
      errorType: 'VALIDATION_ERROR',
      value: `Code is ${code.length} characters long; AppSync accepts at most ${MAX_CODE_LENGTH}.`,
      location: { line: 1, column: 1, span: code.length },
    });
  }
  const parsed = parseModule(code);
  if (parsed.error) return { errors: [...errors, parsed.error] };

  const { report, errors: lint } = createReporter();
  const functions = collectNamedFunctions(parsed.program);
  const functionNames = new Set(functions.map((f) => f.name));
  fullAncestor(parsed.program, (raw, _state, ancestors) => {
    const node = raw as AnyNode;
    checkSyntax(node, ancestors[ancestors.length - 2] as AnyNode | undefined, report);
    checkModuleSyntax(node, report);
    checkDeniedMethods(node, report);
    checkFunctionValues(node, functionNames, report);
  });
  checkRecursion(functions, report);
  checkHandlerContext(functions, report);
  lint.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
  return { program: parsed.program, errors: [...errors, ...lint] };
}
