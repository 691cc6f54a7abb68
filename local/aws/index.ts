// The door to local/aws: what every local AWS service shares. The local region, account and
// credentials, and one SigV4 verifier parameterised by service (SIGV4_RULES), with its failures as
// values that each service words as its own error (sigV4JsonError for the JSON/REST services).
export { LOCAL_ACCOUNT_ID, LOCAL_CREDENTIALS, LOCAL_REGION, QUIET_SDK_ENVIRONMENT } from './local-aws.ts';
export { verifySigV4, type SigV4Options } from './sigv4/verify.ts';
export type { SigV4Request } from './sigv4/request.ts';
export { SIGV4_RULES, STREAMING_UNSIGNED_TRAILER, UNSIGNED_PAYLOAD, type SigV4Rules } from './sigv4/rules.ts';
export type { SigV4Code, SigV4Failure, SigV4Key, SigV4Result, SigV4Success } from './sigv4/failure.ts';
export { formatAmzDate, parseAmzDate, sameText } from './sigv4/parse.ts';
export {
  INVALID_TOKEN_MESSAGE,
  SIGNATURE_MISMATCH_MESSAGE,
  sigV4JsonError,
  type SigV4ErrorType,
  type SigV4JsonError,
} from './sigv4/json-errors.ts';
export { isLoopbackHost } from './loopback-host.ts';
