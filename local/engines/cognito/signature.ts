// The gateway's IAM check: the project's one SigV4 verifier (local/aws) with the `cognito-idp` rules,
// the stack's local IAM keys and region, its refusals worded as Cognito words them.
import type { IncomingHttpHeaders } from 'node:http';
import { SIGV4_RULES, sigV4JsonError, verifySigV4, type SigV4Key } from '../../aws/index.ts';
import type { CognitoError } from './errors.ts';

/** The request as the SigV4 verifier reads it. */
export interface GatewayRequest {
  method: string;
  /** path and query as sent */
  url: string;
  /** lower-cased names, as Node gives them */
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** undefined when the request is signed by one of the keys; otherwise Cognito's error. */
export type SignatureCheck = (request: GatewayRequest) => Promise<CognitoError | undefined>;

export function cognitoSignatureCheck(keys: readonly SigV4Key[], region: string): SignatureCheck {
  const options = { ...SIGV4_RULES['cognito-idp'], region, keys };
  return async ({ method, url, headers, body }) => {
    const q = url.indexOf('?');
    const rawPath = q < 0 ? url : url.slice(0, q);
    const rawQuery = q < 0 ? '' : url.slice(q + 1);
    const result = await verifySigV4({ method, rawPath, rawQuery, headers, body }, options);
    if (result.ok) return undefined;
    // Cognito is an AWS JSON 1.1 service, which answers 400 where AppSync answers 403. UNVERIFIED against AWS.
    return { ...sigV4JsonError(result, 'cognito-idp'), status: 400 };
  };
}
