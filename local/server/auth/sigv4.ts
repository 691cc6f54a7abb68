// AWS_IAM mode: AppSync's SigV4 check, by the one verifier in local/aws (service `appsync`), its
// failures worded as AppSync answers them (403 with AWS's SigV4 error types; README "Error answers").
import { SIGV4_RULES, sigV4JsonError, verifySigV4 as verifyShared } from '../../aws/index.ts';
import { signatureRefused } from './errors.ts';
import type { AuthResult, IamCredentialSetting, IamSetting } from './types.ts';

export interface SignedRequest {
  method: string;
  /** Path plus optional `?query`. */
  path: string;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: string;
}

/** Verifies the request's SigV4 Authorization header; on success returns the matching credential. */
export async function verifySigV4(
  request: SignedRequest,
  iam: IamSetting,
  nowMs: number,
): Promise<{ credential: IamCredentialSetting; error?: undefined } | { error: AuthResult }> {
  const q = request.path.indexOf('?');
  const verified = await verifyShared(
    {
      method: request.method,
      rawPath: q < 0 ? request.path : request.path.slice(0, q),
      rawQuery: q < 0 ? '' : request.path.slice(q + 1),
      headers: request.headers,
      body: request.body,
    },
    { ...SIGV4_RULES.appsync, region: iam.region, keys: iam.credentials, nowMs },
  );
  if (verified.ok) return { credential: verified.key };
  const { type, message } = sigV4JsonError(verified, SIGV4_RULES.appsync.service);
  // Only an Authorization header starting AWS4-HMAC-SHA256 reaches here, so it is never "missing".
  return {
    error: signatureRefused(
      type === 'MissingAuthenticationTokenException' ? 'IncompleteSignatureException' : type,
      message,
    ),
  };
}
