// The record of one evaluation, reset by the entry point before every handler call.
// Only the sandbox reads and writes it; the host sees it as the JSON the entry point returns.
import type { AppSyncErrorShape } from '../../../contracts/index.ts';
import type { SubscriptionFilter } from './util/transform/subscription-filter.ts';

export interface SubscriptionInvalidation {
  subscriptionField: string;
  payload: unknown;
}

export interface EvaluationState {
  /** Fixed clock for util.time.* (epoch ms) when the host pins one; otherwise Date.now(). */
  fixedNow: number | undefined;
  /** What util.authType() answers for this request. */
  authType: string;
  logs: string[];
  appendedErrors: AppSyncErrorShape[];
  responseHeaders: Record<string, string>;
  subscriptionFilter: SubscriptionFilter | undefined;
  subscriptionInvalidationFilter: SubscriptionFilter | undefined;
  invalidations: SubscriptionInvalidation[];
}

export function freshState(fixedNow: number | undefined, authType: string): EvaluationState {
  return {
    fixedNow,
    authType,
    logs: [],
    appendedErrors: [],
    responseHeaders: {},
    subscriptionFilter: undefined,
    subscriptionInvalidationFilter: undefined,
    invalidations: [],
  };
}

let current: EvaluationState = freshState(undefined, 'API Key Authorization');

export function currentState(): EvaluationState {
  return current;
}

export function setCurrentState(state: EvaluationState): void {
  current = state;
}

/** The clock every util.time function reads. */
export function nowMs(): number {
  return current.fixedNow ?? Date.now();
}
