// The transport-level refusals AppSync answers before any resolver runs. Messages and types are the
// ones AppSync is observed to send (see README "Error answers").
import type { AuthError, AuthResult } from './types.ts';

export const NOT_AUTHORIZED = 'You are not authorized to make this call.';
export const NO_AUTH_HEADER = 'Valid authorization header not provided.';
export const UNPARSABLE_JWT = 'Unable to parse JWT token.';
export const EXPIRED_JWT = 'Token has expired.';
export const UNKNOWN_ACCESS_KEY = 'The security token included in the request is invalid.';
export const SIGNATURE_MISMATCH =
  'The request signature we calculated does not match the signature you provided. ' +
  'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

function refuse(status: AuthError['status'], errorType: string, message: string): { error: AuthError } {
  return { error: { status, body: { errors: [{ errorType, message }] } } };
}

/** HTTP 401 UnauthorizedException: missing, unknown, expired or malformed API key or token; mode not enabled. */
export function unauthorized(message: string = NOT_AUTHORIZED): AuthResult {
  return refuse(401, 'UnauthorizedException', message);
}

/**
 * HTTP 403, AWS's SigV4 family: InvalidSignatureException, IncompleteSignatureException,
 * UnrecognizedClientException.
 */
export function signatureRefused(
  errorType: 'InvalidSignatureException' | 'IncompleteSignatureException' | 'UnrecognizedClientException',
  message: string,
): AuthResult {
  return refuse(403, errorType, message);
}
