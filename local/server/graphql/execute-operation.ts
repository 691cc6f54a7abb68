// One GraphQL request over HTTP: the prepared operation, execution with AppSync's field resolution,
// errors in AppSync's shape, and what a mutation leaves for subscribers.
import { execute, type ExecutionResult, type FieldNode, type GraphQLError } from 'graphql';
import type { AuthenticatedCaller } from '../auth/types.ts';
import type { ApiRuntime } from './api-runtime.ts';
import { formatError, requestError, type AppSyncError } from './errors.ts';
import { createFieldResolver } from './field-resolver.ts';
import type { GraphQLRequest } from './graphql-request.ts';
import { prepareOperation } from './prepare-operation.ts';
import { createRequestState, type RequestState } from './request-state.ts';

export type { GraphQLRequest };

export interface RootFieldResult {
  fieldName: string;
  responseKey: string;
  node: FieldNode;
  data: unknown;
}

export interface OperationOutcome {
  body: { data?: unknown; errors?: AppSyncError[] };
  operationType?: 'query' | 'mutation' | 'subscription';
  operationName?: string | null;
  /** mutation root fields that resolved to a value, in selection order (what subscribers receive) */
  published: RootFieldResult[];
  state?: RequestState;
}

const resolvers = new WeakMap<ApiRuntime, ReturnType<typeof createFieldResolver>>();

function fieldResolverFor(api: ApiRuntime): ReturnType<typeof createFieldResolver> {
  let resolver = resolvers.get(api);
  if (!resolver) {
    resolver = createFieldResolver(api);
    resolvers.set(api, resolver);
  }
  return resolver;
}

function typeNamer(api: ApiRuntime) {
  return (parent: string, field: string): string | undefined => {
    const type = api.schema.getType(parent) as
      { getFields?: () => Record<string, { type: { toString(): string } }> } | undefined;
    return type?.getFields?.()[field]?.type.toString();
  };
}

export async function executeOperation(
  api: ApiRuntime,
  request: GraphQLRequest,
  caller: AuthenticatedCaller,
  headers: Record<string, string>,
): Promise<OperationOutcome> {
  const prepared = prepareOperation(api, request);
  if (prepared.errors) return { body: { data: null, errors: prepared.errors }, published: [] };
  const { operation } = prepared;
  if (operation.operation === 'subscription') {
    const message = 'Subscriptions are served over the real-time endpoint (/graphql/realtime), not over HTTP';
    return {
      body: { data: null, errors: [requestError(message, 'UnsupportedOperation')] },
      operationType: 'subscription',
      published: [],
    };
  }

  const state = createRequestState(caller, headers);
  const result = (await execute({
    schema: api.schema,
    document: prepared.document,
    variableValues: prepared.variables,
    operationName: request.operationName ?? undefined,
    contextValue: state,
    fieldResolver: fieldResolverFor(api),
  })) as ExecutionResult;

  const errors = [...(result.errors ?? []).map((e: GraphQLError) => formatError(e, typeNamer(api))), ...state.appended];
  const body: OperationOutcome['body'] = { data: result.data ?? null };
  if (errors.length > 0) body.errors = errors;

  const published: RootFieldResult[] = [];
  if (operation.operation === 'mutation' && result.data) {
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== 'Field') continue;
      const responseKey = selection.alias?.value ?? selection.name.value;
      const data = (result.data as Record<string, unknown>)[responseKey];
      if (data !== null && data !== undefined)
        published.push({ fieldName: selection.name.value, responseKey, node: selection, data });
    }
  }
  return { body, operationType: operation.operation, operationName: operation.name?.value ?? null, published, state };
}
