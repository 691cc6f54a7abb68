// Reads a GraphQL request ({ query, variables, operationName, extensions }) from JSON text, as the
// HTTP endpoint gets it in a body and the real-time endpoint in a `start` message's payload.data.
// Anything else is refused with AppSync's MalformedHttpRequestException (HTTP 400), never thrown.

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface RequestProblem {
  errorType: 'MalformedHttpRequestException';
  message: string;
}

export type ReadRequest = { request: GraphQLRequest; problem?: undefined } | { problem: RequestProblem };

const problem = (message: string): { problem: RequestProblem } => ({
  problem: { errorType: 'MalformedHttpRequestException', message },
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Optional members: absent or null mean "none"; any other type than the expected one is refused. */
const wrongOptional = (value: unknown, ok: (v: unknown) => boolean) =>
  value !== undefined && value !== null && !ok(value);

/**
 * Checks an already parsed request. AppSync answers `{}` with 400 "Unable to parse GraphQL query."
 * (graphql/graphql-over-http#81, AppSync's own description); the other members' messages are
 * UNVERIFIED against AWS.
 */
export function checkGraphQLRequest(value: unknown, what: string): ReadRequest {
  if (!isObject(value)) return problem(`${what} is not a JSON object { query, variables, operationName }`);
  const { query, variables, operationName, extensions } = value;
  if (typeof query !== 'string' || query.trim() === '') return problem('Unable to parse GraphQL query.');
  if (wrongOptional(variables, isObject)) return problem('variables must be a JSON object (or null)');
  if (wrongOptional(operationName, (v) => typeof v === 'string'))
    return problem('operationName must be a string (or null)');
  if (wrongOptional(extensions, isObject)) return problem('extensions must be a JSON object (or null)');
  const request: GraphQLRequest = { query };
  if (variables !== undefined) request.variables = variables as GraphQLRequest['variables'];
  if (operationName !== undefined) request.operationName = operationName as GraphQLRequest['operationName'];
  return { request };
}

/** Parses and checks JSON text; `what` names it in messages ("The request body", "payload.data"). */
export function parseGraphQLRequest(text: string, what: string): ReadRequest {
  if (text.trim() === '') return problem(`${what} is empty.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return problem(`${what} is not a JSON object { query, variables, operationName }`);
  }
  return checkGraphQLRequest(parsed, what);
}
