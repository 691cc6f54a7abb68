// What one handler evaluation produces, as the realm hands it to the host (one JSON string).
import type { AppSyncErrorShape } from '../../../contracts/index.ts';
import type { SubscriptionInvalidation } from './state.ts';
import type { SubscriptionFilter } from './util/transform/subscription-filter.ts';

export interface HandlerFailure extends AppSyncErrorShape {
  /** util.error, util.unauthorized(), or a fault in the code (uncaught exception, limits). */
  cause: 'error' | 'unauthorized' | 'code';
  location?: { line: number; column: number };
}

export interface HandlerOutcome {
  status: 'returned' | 'earlyReturn' | 'failed';
  /** the handler's value (returned) or earlyReturn's argument */
  result?: unknown;
  skipTo?: 'END' | 'NEXT';
  failure?: HandlerFailure;
  /** ctx.stash after the handler ran */
  stash: Record<string, unknown>;
  logs: string[];
  appendedErrors: AppSyncErrorShape[];
  responseHeaders: Record<string, string>;
  subscriptionFilter?: SubscriptionFilter;
  subscriptionInvalidationFilter?: SubscriptionFilter;
  invalidations: SubscriptionInvalidation[];
}

/** Options the host passes with each evaluation. */
export interface EvaluationOptions {
  fixedNow?: number;
  authType: string;
}
