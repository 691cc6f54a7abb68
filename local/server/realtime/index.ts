// Public surface of the real-time (WebSocket) endpoint.
export { createRealtimeServer } from './server.ts';
export { createLocalTlsOptions, type LocalTlsOptions } from './tls.ts';
export { readAuthCarrier, decodeHeaderValue, type AuthCarrier, type CarrierResult } from './headers.ts';
export { parseClientMessage, type ParseResult } from './message-type-guards.ts';
export * from './protocol.ts';
export type * from './types.ts';
export { DEFAULT_LIMITS, type RealtimeLimits } from './limits.ts';
