// A bare GraphQL-over-HTTP call (fetch keeps connections alive), as a storefront makes it.
export interface GraphQLError {
  message: string;
  errorType?: string;
  errorInfo?: unknown;
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

export async function post<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<GraphQLBody<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLBody<T>;
}

/** Throws on any GraphQL error: setup steps must not fail quietly. */
export function dataOf<T>(body: GraphQLBody<T>, what: string): T {
  if (body.errors?.length || !body.data) throw new Error(`${what} failed: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}
