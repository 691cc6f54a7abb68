// What the page's fetcher (static/shop-graphiql.js) and the credentials endpoint agree on.

/** POST {as, body} here; the answer is {headers} or {errorType, message}. */
export const CREDENTIALS_PATH = '/graphiql/credentials';

/** Sent as `x-graphiql: 1`: a cross-origin fetch with it needs a CORS preflight, which nothing answers. */
export const CREDENTIALS_HEADER = 'x-graphiql';

/** The GraphQL POST's content type, as the fetcher sends it; an IAM signature covers it. */
export const GRAPHQL_CONTENT_TYPE = 'application/json';
