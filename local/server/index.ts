// The local AppSync endpoint (GraphQL over HTTP, the real-time protocol, GraphiQL) and the parts
// npm start wires it from: auth modes, the executable schema, documents and operations.
export * from './auth/index.ts';
export { createGraphiqlHandler } from './graphiql/index.ts';
export type { ApiRuntime } from './graphql/api-runtime.ts';
export { createDocumentCache } from './graphql/document-cache.ts';
export { buildExecutableSchema } from './graphql/executable-schema.ts';
export { executeOperation } from './graphql/execute-operation.ts';
export {
  createLocalTlsOptions,
  createRealtimeServer,
  DEFAULT_LIMITS,
  MESSAGE_TYPES,
  SUBPROTOCOL,
  type RealtimeLimits,
} from './realtime/index.ts';
export type * from './realtime/types.ts';
export { startAppSyncServer, type AppSyncServer, type AppSyncServerOptions, type RequestHandler } from './server.ts';
