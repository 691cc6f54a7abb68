// SigV4 as OpenSearch Service checks it (service `es`): the one verifier in local/aws, with the keys
// the twin accepts, so an unsigned or mis-signed client fails locally as it would in the cloud; the
// 403 body is `{ message }`, worded as AWS words SigV4 failures.
// https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html#managedomains-signing-service-requests
import { SIGV4_RULES, sigV4JsonError, verifySigV4 } from '../aws/index.ts';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface SignedRequest {
  method: string;
  /** path and query as sent */
  url: string;
  /** lower-cased names */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** undefined when the request is signed by one of `keys` for `region`; otherwise the 403 message. */
export async function verifyRequest(
  request: SignedRequest,
  keys: readonly Credentials[],
  region: string,
  nowMs = Date.now(),
): Promise<string | undefined> {
  const q = request.url.indexOf('?');
  const verified = await verifySigV4(
    {
      method: request.method,
      rawPath: q < 0 ? request.url : request.url.slice(0, q),
      rawQuery: q < 0 ? '' : request.url.slice(q + 1),
      headers: request.headers,
      body: request.body,
    },
    { ...SIGV4_RULES.es, region, keys, nowMs },
  );
  return verified.ok ? undefined : sigV4JsonError(verified, SIGV4_RULES.es.service).message;
}
