// The door to local/runtime: everything other folders may use. Evaluate one handler as AppSync's
// EvaluateCode does, evaluate handlers under time and memory limits, validate code as AppSync's
// deployment does, and resolve whole fields with a FieldRunner that decides where each one runs.
export { CODE_ERRORS_MESSAGE, type CodeError, type CodeErrorLocation } from './code-error.ts';
export { evaluateCode, type EvaluateCodeInput, type EvaluateCodeOutput } from './evaluate-code.ts';
export { createEvaluator, type EvaluatorOptions, type SandboxRuntime } from './evaluator.ts';
export type {
  FunctionDefinition,
  PipelineResolverDefinition,
  ResolverDefinition,
  UnitResolverDefinition,
} from './executor/definitions.ts';
export type { FieldInfo, FieldRequest } from './executor/field-context.ts';
export { resolveField } from './executor/resolve-field.ts';
export type { DataSourceCall, HandlerEvaluationRecord, Trace } from './executor/trace.ts';
export { createFieldRunner, type FieldRunnerOptions } from './field-runner.ts';
export { createInProcessEvaluator } from './in-process-evaluator.ts';
export { APPSYNC_UTILS_SOURCE } from './realm/bundle.ts';
export type { RealmEvaluator } from './realm-evaluator.ts';
export type { HandlerOutcome } from './sandbox/outcome.ts';
export type { SubscriptionInvalidation } from './sandbox/state.ts';
export type { SubscriptionFilter, SubscriptionFilterEntry } from './sandbox/util/transform/index.ts';
export type {
  Evaluator,
  ExecutorDeps,
  FieldResolution,
  FieldRunner,
  HandlerEvaluation,
  HandlerInput,
  HandlerName,
} from './types.ts';
export { validateCode } from './validate/index.ts';
