// What the verifier answers, as values: success with the key that signed, or a failure code with the
// facts a service needs to word its own error (each service maps codes to its own body).
import type { Scope } from './parse.ts';

export interface SigV4Key {
  accessKeyId: string;
  secretAccessKey: string;
  /** a temporary credential's token; the local keys have none, so any presented token is invalid */
  sessionToken?: string;
}

export type SigV4Code =
  /** neither an Authorization header nor X-Amz-* query parameters: an anonymous request */
  | 'NoAuthorization'
  /** an Authorization header or X-Amz-Algorithm other than AWS4-HMAC-SHA256 */
  | 'UnsupportedAlgorithm'
  /** both an Authorization header and presigned query parameters */
  | 'BothMechanisms'
  /** `missing` names the absent parameters */
  | 'IncompleteAuthorization'
  /** the Credential is not five slash-separated parts */
  | 'MalformedCredential'
  | 'WrongTerminator'
  | 'WrongService'
  | 'WrongRegion'
  /** `headers` were present (or required) but not in SignedHeaders */
  | 'HeadersNotSigned'
  /** no valid X-Amz-Date */
  | 'InvalidDate'
  | 'ScopeDateMismatch'
  /** more than maxSkewMs in the past / future */
  | 'SignatureExpired'
  | 'SignatureNotYetCurrent'
  /** presigned: X-Amz-Expires not a non-negative integer / over a week / passed */
  | 'InvalidExpires'
  | 'ExpiresTooLong'
  | 'PresignExpired'
  | 'UnknownAccessKey'
  /** a session token that is not the key's (the local keys have none) */
  | 'InvalidSecurityToken'
  /** S3: no x-amz-content-sha256 header */
  | 'MissingPayloadHash'
  /** S3: a payload mode the twin does not verify (signed chunks) */
  | 'UnsupportedPayloadHash'
  /** the declared hash is not the body's */
  | 'PayloadHashMismatch'
  | 'SignatureMismatch';

export interface SigV4Failure {
  ok: false;
  code: SigV4Code;
  /** a plain description; services word their own answer from `code` and the facts below */
  message: string;
  how: 'header' | 'query';
  scope?: Scope;
  credential?: string;
  missing?: string[];
  headers?: string[];
  amzDate?: string;
  nowMs?: number;
  maxSkewMs?: number;
  expires?: number;
  expiresAtMs?: number;
  claimedHash?: string;
  actualHash?: string;
  signatureProvided?: string;
}

export interface SigV4Success<K extends SigV4Key> {
  ok: true;
  accessKeyId: string;
  key: K;
  how: 'header' | 'query';
  /** the declared payload hash: a hex digest, UNSIGNED-PAYLOAD or a STREAMING-* framing (S3) */
  payload: string;
}

export type SigV4Result<K extends SigV4Key> = SigV4Success<K> | SigV4Failure;

export const fail = (
  code: SigV4Code,
  message: string,
  how: 'header' | 'query',
  facts: Omit<SigV4Failure, 'ok' | 'code' | 'message' | 'how'> = {},
): SigV4Failure => ({ ok: false, code, message, how, ...facts });
