// A plain GraphQL-over-HTTP client, as a storefront would use it (fetch, JSON, one auth header).
export interface GraphQLResponse<T = any> {
  status: number;
  body: { data?: T; errors?: Array<Record<string, any>> };
}

export async function graphql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
}
