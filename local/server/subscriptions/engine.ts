// Subscriptions as AppSync runs them: `start` authorizes the field, runs its resolver (which may
// refuse, or set enhanced and invalidation filters), and registers the subscriber; a mutation listed
// in @aws_subscribe then delivers its result — only the fields the mutation selected — to every
// subscriber whose arguments and filters match, shaped by the subscriber's own selection set.
import { execute, type DocumentNode, type GraphQLFieldResolver, type OperationDefinitionNode } from 'graphql';
import type { Authenticator } from '../auth/authenticate.ts';
import type { AuthenticatedCaller } from '../auth/types.ts';
import type { ApiRuntime } from '../graphql/api-runtime.ts';
import { formatError } from '../graphql/errors.ts';
import type { OperationOutcome } from '../graphql/execute-operation.ts';
import { createFieldResolver, unauthorizedField } from '../graphql/field-resolver.ts';
import { parseGraphQLRequest } from '../graphql/graphql-request.ts';
import { prepareOperation } from '../graphql/prepare-operation.ts';
import { createRequestState, type RequestState } from '../graphql/request-state.ts';
import type {
  AuthenticateResult,
  RealtimeServer,
  StartSubscriptionArgs,
  StartSubscriptionResult,
} from '../realtime/types.ts';
import { subscriptionsByMutation } from './aws-subscribe.ts';
import type { SubscriptionFilter } from '../../runtime/index.ts';
import { matchesArguments, matchesFilter } from './filters.ts';

interface Subscriber {
  connectionId: string;
  subscriptionId: string;
  fieldName: string;
  responseKey: string;
  args: Record<string, unknown>;
  document: DocumentNode;
  operationName?: string;
  variables: Record<string, unknown>;
  caller: AuthenticatedCaller;
  filter?: SubscriptionFilter;
  invalidationFilter?: SubscriptionFilter;
}

export interface SubscriptionEngineOptions {
  api: ApiRuntime;
  authenticator: Authenticator;
  graphqlUrl: () => string;
  realtime: () => RealtimeServer;
}

const fail = (errorType: string, message: string): StartSubscriptionResult => ({
  ok: false,
  errors: [{ errorType, message }],
});
const key = (connectionId: string, subscriptionId: string) => `${connectionId}\u0000${subscriptionId}`;

export function createSubscriptionEngine({ api, authenticator, graphqlUrl, realtime }: SubscriptionEngineOptions) {
  const subscribers = new Map<string, Subscriber>();
  const feeds = subscriptionsByMutation(api.schema);
  const resolveField = createFieldResolver(api);

  async function callerFor(args: StartSubscriptionArgs): Promise<AuthenticatedCaller | { error: string }> {
    if (!args.authorization) return args.connectionContext as AuthenticatedCaller;
    const auth = await authenticator.authenticateHeaderObject(args.authorization, {
      kind: 'start',
      data: args.data,
      graphqlUrl: graphqlUrl(),
      sourceIp: args.remoteAddress ? [args.remoteAddress] : [],
    });
    return auth.caller ?? { error: auth.error.body.errors[0].message };
  }

  /** Runs the subscription field (auth + resolver) once, capturing its arguments and filters. */
  async function subscribeField(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
    state: RequestState,
  ) {
    let captured: { fieldName: string; args: Record<string, unknown> } | undefined;
    const fieldResolver: GraphQLFieldResolver<unknown, RequestState> = (source, args, context, info) => {
      if (info.parentType === api.schema.getSubscriptionType()) captured = { fieldName: info.fieldName, args };
      return resolveField(source, args, context, info);
    };
    const result = await execute({
      schema: api.schema,
      document,
      operationName: operation.name?.value,
      variableValues: variables,
      contextValue: state,
      fieldResolver,
    });
    return { captured, errors: result.errors ?? [] };
  }

  return {
    async authenticateConnection(
      headers: Record<string, string>,
      meta: { remoteAddress: string | undefined },
    ): Promise<AuthenticateResult> {
      const auth = await authenticator.authenticateHeaderObject(headers, {
        kind: 'connect',
        graphqlUrl: graphqlUrl(),
        sourceIp: meta.remoteAddress ? [meta.remoteAddress] : [],
      });
      if (auth.error) {
        const first = auth.error.body.errors[0];
        return { ok: false, errorType: first.errorType, message: first.message, errorCode: auth.error.status };
      }
      return { ok: true, connectionContext: auth.caller };
    },

    async startSubscription(args: StartSubscriptionArgs): Promise<StartSubscriptionResult> {
      const read = parseGraphQLRequest(args.data, 'payload.data');
      if (read.problem) return fail(read.problem.errorType, read.problem.message);
      const caller = await callerFor(args);
      if ('error' in caller) return fail('UnauthorizedException', caller.error);
      const prepared = prepareOperation(api, read.request);
      if (prepared.errors)
        return {
          ok: false,
          errors: prepared.errors.map((e) => ({ errorType: e.errorType ?? 'ValidationError', message: e.message })),
        };
      const { operation, variables } = prepared;
      if (operation.operation !== 'subscription')
        return fail('UnsupportedOperation', `${operation.operation} not supported through the realtime channel`);
      const rootFields = operation.selectionSet.selections.filter((s) => s.kind === 'Field');
      if (rootFields.length !== 1)
        return fail('ValidationError', 'A subscription must select exactly one subscription field');

      const state = createRequestState(caller, {});
      const { captured, errors } = await subscribeField(prepared.document, operation, variables, state);
      const refusal = errors[0];
      if (refusal) {
        const formatted = formatError(refusal);
        return fail(formatted.errorType ?? 'ValidationError', formatted.message);
      }
      if (!captured) return fail('ValidationError', 'A subscription must select a subscription field');
      const root = rootFields[0] as { alias?: { value: string }; name: { value: string } };
      const subscriber: Subscriber = {
        connectionId: args.connectionId,
        subscriptionId: args.subscriptionId,
        fieldName: captured.fieldName,
        responseKey: root.alias?.value ?? root.name.value,
        args: captured.args,
        document: prepared.document,
        variables,
        caller,
      };
      if (operation.name) subscriber.operationName = operation.name.value;
      if (state.subscriptionFilter) subscriber.filter = state.subscriptionFilter;
      if (state.subscriptionInvalidationFilter) subscriber.invalidationFilter = state.subscriptionInvalidationFilter;
      subscribers.set(key(args.connectionId, args.subscriptionId), subscriber);
      return { ok: true };
    },

    stopSubscription(connectionId: string, subscriptionId: string): void {
      subscribers.delete(key(connectionId, subscriptionId));
    },

    /** Delivers a mutation's published root fields; returns how many messages went out. */
    async publish(outcome: OperationOutcome): Promise<number> {
      let sent = 0;
      for (const root of outcome.published) {
        for (const fieldName of feeds.get(root.fieldName) ?? []) {
          for (const subscriber of subscribers.values()) {
            if (subscriber.fieldName !== fieldName) continue;
            if (!matchesArguments(subscriber.args, root.data) || !matchesFilter(subscriber.filter, root.data)) continue;
            const payload = await deliver(subscriber, root.data);
            if (realtime().publish(subscriber.connectionId, subscriber.subscriptionId, payload)) sent += 1;
          }
        }
      }
      return sent;
    },

    /** extensions.invalidateSubscriptions: ends matching subscriptions (and their connections). */
    invalidate(outcome: OperationOutcome): number {
      let ended = 0;
      for (const invalidation of outcome.state?.invalidations ?? []) {
        for (const subscriber of [...subscribers.values()]) {
          if (subscriber.fieldName !== invalidation.subscriptionField || !subscriber.invalidationFilter) continue;
          if (!matchesFilter(subscriber.invalidationFilter, invalidation.payload)) continue;
          if (realtime().completeSubscription(subscriber.connectionId, subscriber.subscriptionId)) ended += 1;
        }
      }
      return ended;
    },

    count: () => subscribers.size,
  };

  /** The subscriber's own selection over the payload, with its own field authorization. */
  async function deliver(subscriber: Subscriber, data: unknown): Promise<{ data: unknown; errors?: unknown[] }> {
    const state = createRequestState(subscriber.caller, {});
    const fieldResolver: GraphQLFieldResolver<unknown, RequestState> = (source, _args, context, info) => {
      if (!context.authorized(api, info.parentType.name, info.fieldName) && !info.fieldName.startsWith('__')) {
        throw unauthorizedField(info);
      }
      if (info.parentType === api.schema.getSubscriptionType()) return data;
      return (source as Record<string, unknown> | null)?.[info.fieldName];
    };
    const result = await execute({
      schema: api.schema,
      document: subscriber.document,
      operationName: subscriber.operationName,
      variableValues: subscriber.variables,
      contextValue: state,
      fieldResolver,
      rootValue: {},
    });
    const payload: { data: unknown; errors?: unknown[] } = { data: result.data ?? null };
    if (result.errors?.length) payload.errors = result.errors.map((e) => formatError(e));
    return payload;
  }
}

export type SubscriptionEngine = ReturnType<typeof createSubscriptionEngine>;
