// AppSync's authorization modes for the local server: HTTP requests, real-time auth header
// objects, field authorization and the request-derived parts of ctx.
export { createAuthenticator } from './authenticate.ts';
export type { Authenticator, HeaderObjectOptions } from './authenticate.ts';
export { authorizeField } from './authorize-field.ts';
export {
  allowedModes,
  canAccess,
  grantsFromDirectives,
  isCallerAllowed,
  typeGrants,
  type AuthConfig,
  type Caller,
  type FieldAuth,
  type ModeGrant,
} from './field-rules.ts';
export { requestHeadersForContext, sourceIpOf } from './request-context.ts';
export { verifySigV4 } from './sigv4.ts';
export * as authErrors from './errors.ts';
export type * from './types.ts';
