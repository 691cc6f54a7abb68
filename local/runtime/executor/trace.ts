// Everything a field's handlers left behind besides the value: errors, logs, headers, extension
// calls and the data-source calls made (for request logs).
import type { AppSyncErrorShape } from '../../../contracts/index.ts';
import type { CapacityUnits } from '../../datasources/index.ts';
import type { HandlerOutcome } from '../sandbox/outcome.ts';
import type { SubscriptionInvalidation } from '../sandbox/state.ts';
import type { SubscriptionFilter } from '../sandbox/util/transform/subscription-filter.ts';

export interface DataSourceCall {
  dataSource: string;
  type: string;
  callerId: string;
  durationMs: number;
  request: unknown;
  errorType?: string;
  /** DynamoDB capacity the call consumed, when the data source reports it (kept in slim traces) */
  capacity?: CapacityUnits;
}

export interface HandlerEvaluationRecord {
  step: string;
  handler: 'request' | 'response';
  durationMs: number;
  result?: unknown;
}

export interface Trace {
  appendedErrors: AppSyncErrorShape[];
  logs: string[];
  responseHeaders: Record<string, string>;
  subscriptionFilter?: SubscriptionFilter;
  subscriptionInvalidationFilter?: SubscriptionFilter;
  invalidations: SubscriptionInvalidation[];
  calls: DataSourceCall[];
  evaluations: HandlerEvaluationRecord[];
}

export function emptyTrace(): Trace {
  return { appendedErrors: [], logs: [], responseHeaders: {}, invalidations: [], calls: [], evaluations: [] };
}

export function absorb(trace: Trace, outcome: HandlerOutcome): void {
  trace.appendedErrors.push(...outcome.appendedErrors);
  trace.logs.push(...outcome.logs);
  Object.assign(trace.responseHeaders, outcome.responseHeaders);
  if (outcome.subscriptionFilter !== undefined) trace.subscriptionFilter = outcome.subscriptionFilter;
  if (outcome.subscriptionInvalidationFilter !== undefined)
    trace.subscriptionInvalidationFilter = outcome.subscriptionInvalidationFilter;
  trace.invalidations.push(...outcome.invalidations);
}
