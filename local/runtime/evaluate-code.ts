// evaluateCode: AppSync's EvaluateCode API, offline. Same input and output shape
// (https://docs.aws.amazon.com/appsync/latest/APIReference/API_EvaluateCode.html).
import type { AppSyncErrorShape } from '../../contracts/index.ts';
import { CODE_ERRORS_MESSAGE, type CodeError } from './code-error.ts';
import { createEvaluator } from './evaluator.ts';
import type { Evaluator, HandlerName } from './types.ts';

export interface EvaluateCodeInput {
  code: string;
  /** JSON text of a ctx (`arguments`; `args` is derived) */
  context: string;
  function: HandlerName;
  runtime?: { name: 'APPSYNC_JS'; runtimeVersion: '1.0.0' };
}

export interface EvaluateCodeOutput {
  evaluationResult?: string;
  error?: { message: string; codeErrors: CodeError[] };
  logs: string[];
  stash?: string;
  /** JSON text of the errors the evaluation adds to the GraphQL response: appended ones and util.error's */
  outErrors?: string;
}

let shared: Evaluator | undefined;

function sharedEvaluator(): Evaluator {
  shared ??= createEvaluator();
  return shared;
}

export async function evaluateCode(
  input: EvaluateCodeInput,
  evaluator: Evaluator = sharedEvaluator(),
): Promise<EvaluateCodeOutput> {
  if (input.runtime && (input.runtime.name !== 'APPSYNC_JS' || input.runtime.runtimeVersion !== '1.0.0')) {
    return { error: { message: 'Only the APPSYNC_JS runtime, version 1.0.0, exists.', codeErrors: [] }, logs: [] };
  }
  if (input.function !== 'request' && input.function !== 'response') {
    return { error: { message: "function must be 'request' or 'response'.", codeErrors: [] }, logs: [] };
  }
  const evaluation = await evaluator.evaluate({ code: input.code, context: input.context, handler: input.function });
  if (evaluation.codeErrors)
    return { error: { message: CODE_ERRORS_MESSAGE, codeErrors: evaluation.codeErrors }, logs: [] };

  const { outcome } = evaluation;
  const errors: AppSyncErrorShape[] = [...outcome.appendedErrors];
  const output: EvaluateCodeOutput = { logs: outcome.logs, stash: JSON.stringify(outcome.stash) };
  if (outcome.status === 'failed' && outcome.failure) {
    const { message, errorType, data, errorInfo } = outcome.failure;
    output.error = { message, codeErrors: [] };
    errors.push({ message, errorType, data, errorInfo });
  } else {
    output.evaluationResult = JSON.stringify(outcome.result ?? null);
  }
  output.outErrors = JSON.stringify(errors);
  return output;
}
