// Everything a request must pass before any resolver runs, shared by HTTP and the real-time
// `start`: the parsed and validated document, the operation to run, and variables that coerce to
// the operation's variable types.
import { getOperationAST, getVariableValues, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { ApiRuntime } from './api-runtime.ts';
import { requestError, type AppSyncError } from './errors.ts';
import type { GraphQLRequest } from './graphql-request.ts';

export type PreparedOperation =
  | {
      document: DocumentNode;
      operation: OperationDefinitionNode;
      /** the request's variables as sent (graphql-js coerces them again when it executes) */
      variables: Record<string, unknown>;
      errors?: undefined;
    }
  | { errors: AppSyncError[] };

/** graphql-js stops collecting coercion errors after this many (its own default is 50). */
const MAX_VARIABLE_ERRORS = 20;

export function prepareOperation(api: ApiRuntime, request: GraphQLRequest): PreparedOperation {
  const prepared = api.documents.prepare(request.query);
  if (prepared.errors) return { errors: prepared.errors };
  const operation = getOperationAST(prepared.document, request.operationName ?? undefined);
  if (!operation) {
    const message =
      'Validation error of type UnknownOperation: the operation to run is not in the document (check operationName)';
    return { errors: [requestError(message, 'ValidationError')] };
  }
  const variables = request.variables ?? {};
  // graphql-java, which AppSync runs, classes coercion failures as ValidationError (UNVERIFIED against AWS).
  const coerced = getVariableValues(api.schema, operation.variableDefinitions ?? [], variables, {
    maxErrors: MAX_VARIABLE_ERRORS,
  });
  if (coerced.errors)
    return { errors: coerced.errors.map((e) => requestError(e.message, 'ValidationError', e.locations)) };
  return { document: prepared.document, operation, variables };
}
