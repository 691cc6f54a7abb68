// What one GraphQL request accumulates while its fields resolve: authorization decisions,
// resolver count, appended errors, logs, data-source calls, response headers, invalidations.
import type { GraphQLResolveInfo } from 'graphql';
import { responsePathAsArray } from 'graphql';
import { authorizeField } from '../auth/authorize-field.ts';
import type { AuthenticatedCaller } from '../auth/types.ts';
import type { DataSourceCall, SubscriptionFilter, SubscriptionInvalidation, Trace } from '../../runtime/index.ts';
import type { ApiRuntime } from './api-runtime.ts';
import type { AppSyncError } from './errors.ts';

export interface RequestState {
  caller: AuthenticatedCaller;
  headers: Record<string, string>;
  resolverCount: number;
  appended: AppSyncError[];
  logs: string[];
  calls: DataSourceCall[];
  evaluations: Trace['evaluations'];
  responseHeaders: Record<string, string>;
  invalidations: SubscriptionInvalidation[];
  /** subscription filters set by a subscription field's resolver (used at subscribe time) */
  subscriptionFilter?: SubscriptionFilter;
  subscriptionInvalidationFilter?: SubscriptionFilter;
  authorized(api: ApiRuntime, typeName: string, fieldName: string): boolean;
}

export function createRequestState(caller: AuthenticatedCaller, headers: Record<string, string>): RequestState {
  const decisions = new Map<string, boolean>();
  return {
    caller,
    headers,
    resolverCount: 0,
    appended: [],
    logs: [],
    calls: [],
    evaluations: [],
    responseHeaders: {},
    invalidations: [],
    authorized(api, typeName, fieldName) {
      const key = `${typeName}.${fieldName}`;
      let allowed = decisions.get(key);
      if (allowed === undefined) {
        allowed = authorizeField(api.schema, caller, typeName, fieldName, api.defaultMode);
        decisions.set(key, allowed);
      }
      return allowed;
    },
  };
}

export function recordTrace(state: RequestState, trace: Trace, info: GraphQLResolveInfo): void {
  state.logs.push(...trace.logs);
  state.calls.push(...trace.calls);
  state.evaluations.push(...trace.evaluations);
  Object.assign(state.responseHeaders, trace.responseHeaders);
  state.invalidations.push(...trace.invalidations);
  if (trace.subscriptionFilter !== undefined) state.subscriptionFilter = trace.subscriptionFilter;
  if (trace.subscriptionInvalidationFilter !== undefined)
    state.subscriptionInvalidationFilter = trace.subscriptionInvalidationFilter;
  const path = responsePathAsArray(info.path);
  const locations = info.fieldNodes
    .flatMap((n) => (n.loc ? [n.loc.startToken] : []))
    .map((t) => ({ line: t.line, column: t.column, sourceName: null as null }));
  for (const e of trace.appendedErrors) {
    state.appended.push({
      path,
      data: e.data ?? null,
      errorType: e.errorType,
      errorInfo: e.errorInfo ?? null,
      locations,
      message: e.message,
    });
  }
}
