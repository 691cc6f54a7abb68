// The runtime's shared types, in one leaf module: the evaluator, the executor and the worker
// pool all speak them, and none of those has to import another to name them.
import type { AppSyncErrorShape, AuthMode } from '../../contracts/index.ts';
import type { DataSource } from '../datasources/index.ts';
import type { CodeError } from './code-error.ts';
import type { ResolverDefinition } from './executor/definitions.ts';
import type { FieldRequest } from './executor/field-context.ts';
import type { Trace } from './executor/trace.ts';
import type { HandlerOutcome } from './sandbox/outcome.ts';

export type HandlerName = 'request' | 'response';

export interface HandlerInput {
  code: string;
  /** ctx as JSON text or as a value (it is serialised either way: the realm shares no objects) */
  context: string | object;
  handler: HandlerName;
  /** the request's auth mode; read off ctx.identity when absent */
  authMode?: AuthMode;
  /** pins util.time.* (epoch ms) */
  fixedNow?: number;
}

export type HandlerEvaluation =
  { codeErrors: CodeError[]; outcome?: undefined } | { codeErrors?: undefined; outcome: HandlerOutcome };

export interface Evaluator {
  evaluate(input: HandlerInput): Promise<HandlerEvaluation>;
  close(): Promise<void>;
}

export interface FieldResolution extends Trace {
  /** the field's value; null when `error` is set */
  data: unknown;
  error?: AppSyncErrorShape;
}

export interface ExecutorDeps {
  evaluator: Evaluator;
  dataSources: ReadonlyMap<string, DataSource>;
  /** pins util.time.* for deterministic tests */
  fixedNow?: number;
}

/** Resolves fields; where each one runs (sandbox process or host) is the runtime's business. */
export interface FieldRunner {
  resolve(resolver: ResolverDefinition, request: FieldRequest): Promise<FieldResolution>;
}
