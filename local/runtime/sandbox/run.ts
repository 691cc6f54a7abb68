// Runs one handler of one compiled module against one context and reports what happened.
import { codeError } from '../../../contracts/index.ts';
import { buildContext, type RawContext } from './context.ts';
import { nativeJsonParse, nativeJsonStringify } from './intrinsics.ts';
import type { EvaluationOptions, HandlerFailure, HandlerOutcome } from './outcome.ts';
import { EarlyReturnSignal, ErrorSignal, UnauthorizedSignal } from './signals.ts';
import { freshState, setCurrentState, type EvaluationState } from './state.ts';

export type Factory = (...args: unknown[]) => Record<string, unknown>;
export type GlobalsForCode = readonly unknown[];

const CODE_LOCATION = /code\.js:(\d+):(\d+)/;

export function codeFailure(err: unknown): HandlerFailure {
  const e = err as { name?: string; message?: string; stack?: string };
  const description = `${e?.name ?? 'Error'}: ${e?.message ?? String(err)}`;
  const found = typeof e?.stack === 'string' ? CODE_LOCATION.exec(e.stack) : null;
  if (!found) return { ...codeError(description), cause: 'code' };
  const line = Number(found[1]);
  const column = Number(found[2]);
  return { ...codeError(`code.js:${line}:${column}: ${description}`), cause: 'code', location: { line, column } };
}

function failureOf(signal: unknown): HandlerFailure {
  if (signal instanceof ErrorSignal) {
    return { ...signal.error, cause: 'error' };
  }
  if (signal instanceof UnauthorizedSignal) {
    return { message: 'Unauthorized', errorType: 'Unauthorized', data: null, errorInfo: null, cause: 'unauthorized' };
  }
  return codeFailure(signal);
}

function finish(
  state: EvaluationState,
  ctx: Record<string, unknown> | undefined,
  partial: Partial<HandlerOutcome> & Pick<HandlerOutcome, 'status'>,
): string {
  const outcome: HandlerOutcome = {
    ...partial,
    stash: (ctx?.stash as Record<string, unknown>) ?? {},
    logs: state.logs,
    appendedErrors: state.appendedErrors,
    responseHeaders: state.responseHeaders,
    subscriptionFilter: state.subscriptionFilter,
    subscriptionInvalidationFilter: state.subscriptionInvalidationFilter,
    invalidations: state.invalidations,
  };
  try {
    return nativeJsonStringify(outcome);
  } catch (err) {
    // The value cannot be represented as JSON (a cycle, a BigInt): a fault in the code.
    return nativeJsonStringify({
      ...outcome,
      status: 'failed',
      result: undefined,
      stash: {},
      failure: codeFailure(err),
    });
  }
}

export function runHandler(
  factory: Factory,
  globals: GlobalsForCode,
  contextJson: string,
  handlerName: string,
  optionsJson: string,
): string {
  const options = nativeJsonParse(optionsJson) as EvaluationOptions;
  const state = freshState(options.fixedNow, options.authType);
  setCurrentState(state);
  let ctx: Record<string, unknown> | undefined;
  try {
    ctx = buildContext(nativeJsonParse(contextJson) as RawContext);
    const handlers = factory(...globals);
    const handler = handlers[handlerName];
    if (typeof handler !== 'function') {
      const missing = codeError(`The code does not export a '${handlerName}' function.`);
      const failure: HandlerFailure = { ...missing, cause: 'code' };
      return finish(state, ctx, { status: 'failed', failure });
    }
    const value = (handler as (c: unknown) => unknown)(ctx);
    return finish(state, ctx, { status: 'returned', result: value === undefined ? null : value });
  } catch (signal) {
    if (signal instanceof EarlyReturnSignal) {
      const partial: Partial<HandlerOutcome> & Pick<HandlerOutcome, 'status'> = {
        status: 'earlyReturn',
        result: signal.value === undefined ? null : signal.value,
      };
      if (signal.skipTo) partial.skipTo = signal.skipTo;
      return finish(state, ctx, partial);
    }
    return finish(state, ctx, { status: 'failed', failure: failureOf(signal) });
  }
}
