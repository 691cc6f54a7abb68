// What one handler evaluation produces, as the realm hands it to the host (one JSON string).
import type { RecordedError, SubscriptionInvalidation } from './state.ts';

export interface HandlerFailure {
  message: string;
  errorType: string | null;
  data: unknown;
  errorInfo: unknown;
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
  appendedErrors: RecordedError[];
  responseHeaders: Record<string, string>;
  subscriptionFilter?: unknown;
  subscriptionInvalidationFilter?: unknown;
  invalidations: SubscriptionInvalidation[];
  apiCacheEvictions: Array<{ typeName: string; fieldName: string; keys: Record<string, unknown> }>;
}

/** Options the host passes with each evaluation. */
export interface EvaluationOptions {
  fixedNow?: number;
  authType: string;
}
