// Runs one resolver for one field as AppSync does: a unit resolver (request → data source →
// response) or a pipeline (before step, each function's request → data source → response, after
// step), with one shared stash, ctx.prev.result threaded through, ctx.error left to the handler,
// and runtime.earlyReturn's skips.
import { codeError, unauthorizedError, type AppSyncErrorShape } from '../../../contracts/index.ts';
import type { CapacityUnits, DataSourceOutcome } from '../../datasources/index.ts';
import type { HandlerOutcome } from '../sandbox/outcome.ts';
import type { ExecutorDeps, FieldResolution, HandlerName } from '../types.ts';
import { checkResolverDefinition, type FunctionDefinition, type ResolverDefinition } from './definitions.ts';
import { handlerContext, type FieldRequest, type HandlerContextParts } from './field-context.ts';
import { absorb, emptyTrace, type Trace } from './trace.ts';

class Stop {
  constructor(readonly error: AppSyncErrorShape) {}
}

interface Run {
  field: FieldRequest;
  deps: ExecutorDeps;
  trace: Trace;
  stash: Record<string, unknown>;
}

async function evaluate(
  run: Run,
  step: string,
  code: string,
  handler: HandlerName,
  parts: Omit<HandlerContextParts, 'stash'>,
): Promise<HandlerOutcome> {
  const started = performance.now();
  const ctx = handlerContext(run.field, { ...parts, stash: run.stash });
  const evaluation = await run.deps.evaluator.evaluate({
    code,
    context: ctx,
    handler,
    authMode: run.field.authMode,
    fixedNow: run.deps.fixedNow,
  });
  if (evaluation.codeErrors) {
    const first = evaluation.codeErrors[0];
    const where = first ? ` code.js:${first.location.line}:${first.location.column}: ${first.value}` : '';
    const message = `The code of ${step} contains one or more errors.${where}`;
    throw new Stop(codeError(message, { codeErrors: evaluation.codeErrors }));
  }
  const { outcome } = evaluation;
  run.trace.evaluations.push({ step, handler, durationMs: performance.now() - started, result: outcome.result });
  run.stash = outcome.stash;
  absorb(run.trace, outcome);
  if (outcome.status === 'failed' && outcome.failure) {
    const { message, errorType, data, errorInfo, cause } = outcome.failure;
    const { fieldName, parentTypeName } = run.field.info;
    if (cause === 'unauthorized') throw new Stop(unauthorizedError(fieldName, parentTypeName));
    throw new Stop({ message, errorType, data, errorInfo });
  }
  return outcome;
}

async function invoke(
  run: Run,
  dataSourceName: string,
  callerId: string,
  request: unknown,
): Promise<Pick<HandlerContextParts, 'result' | 'error'>> {
  const dataSource = run.deps.dataSources.get(dataSourceName);
  if (!dataSource) throw new Stop(codeError(`Data source ${dataSourceName} is not defined.`));
  const started = performance.now();
  const { fieldName, parentTypeName } = run.field.info;
  let answer: DataSourceOutcome;
  // Capacity goes to the trace (the request log), never into the handler's ctx.
  let capacity: CapacityUnits | undefined;
  const recordCapacity = (units: CapacityUnits) => (capacity = units);
  try {
    answer = await dataSource.invoke(request, { callerId, info: { fieldName, parentTypeName }, recordCapacity });
  } catch (err) {
    answer = { error: { type: 'InternalFailure', message: err instanceof Error ? err.message : String(err) } };
  }
  const call = {
    dataSource: dataSourceName,
    type: dataSource.type,
    callerId,
    durationMs: performance.now() - started,
    request,
    ...(answer.error ? { errorType: answer.error.type } : {}),
    ...(capacity ? { capacity } : {}),
  };
  run.trace.calls.push(call);
  const parts: Pick<HandlerContextParts, 'result' | 'error'> = { result: answer.result ?? null };
  if (answer.error) parts.error = { message: answer.error.message, type: answer.error.type };
  return parts;
}

/** One unit of work: a unit resolver or one pipeline function. Returns its result and skip. */
async function runStep(
  run: Run,
  step: string,
  code: string,
  dataSource: string,
  callerId: string,
  prevResult: unknown,
): Promise<{ result: unknown; skipTo?: 'END' | 'NEXT' }> {
  const request = await evaluate(run, step, code, 'request', { prevResult });
  if (request.status === 'earlyReturn') return { result: request.result, skipTo: request.skipTo ?? 'NEXT' };
  const answer = await invoke(run, dataSource, callerId, request.result);
  const response = await evaluate(run, step, code, 'response', { prevResult, ...answer });
  return response.status === 'earlyReturn' && response.skipTo === 'END'
    ? { result: response.result, skipTo: 'END' }
    : { result: response.result };
}

async function runPipeline(run: Run, resolver: ResolverDefinition & { kind: 'PIPELINE' }): Promise<unknown> {
  const before = await evaluate(run, `${resolver.id} (before)`, resolver.code, 'request', {});
  let prev = before.result;
  if (before.status !== 'earlyReturn') {
    for (const fn of resolver.functions as FunctionDefinition[]) {
      const step = await runStep(run, `${resolver.id} > ${fn.name}`, fn.code, fn.dataSource, fn.id, prev);
      prev = step.result;
      if (step.skipTo === 'END') break;
    }
  }
  const after = await evaluate(run, `${resolver.id} (after)`, resolver.code, 'response', { prevResult: prev });
  return after.result;
}

export async function resolveField(
  resolver: ResolverDefinition,
  field: FieldRequest,
  deps: ExecutorDeps,
): Promise<FieldResolution> {
  const run: Run = { field, deps, trace: emptyTrace(), stash: {} };
  const invalid = checkResolverDefinition(resolver);
  if (invalid) return { ...run.trace, data: null, error: codeError(invalid) };
  try {
    const data =
      resolver.kind === 'UNIT'
        ? (await runStep(run, resolver.id, resolver.code, resolver.dataSource, resolver.id, null)).result
        : await runPipeline(run, resolver);
    return { ...run.trace, data: data ?? null };
  } catch (stop) {
    if (stop instanceof Stop) return { ...run.trace, data: null, error: stop.error };
    throw stop;
  }
}
