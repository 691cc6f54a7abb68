// SigV4 as OpenSearch Service checks it (service `es`): the signature is recomputed with
// @smithy/signature-v4 from the stored secret of the presented key, over exactly the headers the
// client signed, so an unsigned or mis-signed client fails locally as it would in the cloud.
// https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html#managedomains-signing-service-requests
import { createHash, timingSafeEqual } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

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

const SERVICE = 'es';
const MAX_SKEW_MS = 5 * 60 * 1000;
// OpenSearch Service's 403 messages. UNVERIFIED against AWS: texts as the service is reported to send them.
export const MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access ' +
  'Key and signing method. Consult the service documentation for details.';
export const UNKNOWN_KEY = 'The security token included in the request is invalid.';

const header = (h: SignedRequest['headers'], name: string) => {
  const v = h[name];
  return Array.isArray(v) ? v.join(',') : v;
};

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function parseDate(value: string | undefined): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

/** undefined when the request is signed by one of `keys` for `region`; otherwise the 403 message. */
export async function verifyRequest(
  request: SignedRequest,
  keys: readonly Credentials[],
  region: string,
  nowMs = Date.now(),
): Promise<string | undefined> {
  const auth = header(request.headers, 'authorization') ?? '';
  if (!auth.startsWith('AWS4-HMAC-SHA256 ')) {
    return `Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter.`;
  }
  const params = new Map(
    auth
      .slice('AWS4-HMAC-SHA256 '.length)
      .split(',')
      .map((p) => p.trim().split('=') as [string, string]),
  );
  const scope = (params.get('Credential') ?? '').split('/');
  const signedHeaders = (params.get('SignedHeaders') ?? '').split(';').filter(Boolean);
  const signature = params.get('Signature') ?? '';
  if (scope.length !== 5 || !signature || signedHeaders.length === 0) return 'Authorization header is malformed.';
  const [accessKeyId, day, scopeRegion, service, terminator] = scope as [string, string, string, string, string];
  if (service !== SERVICE || terminator !== 'aws4_request') {
    return `Credential should be scoped to correct service: '${SERVICE}'.`;
  }
  if (scopeRegion !== region) return `Credential should be scoped to a valid region, not '${scopeRegion}'.`;
  const amzDate = header(request.headers, 'x-amz-date');
  const signingDate = parseDate(amzDate);
  if (!signingDate || amzDate?.slice(0, 8) !== day) return "Authorization header requires a valid 'X-Amz-Date'.";
  if (Math.abs(signingDate.getTime() - nowMs) > MAX_SKEW_MS) return 'Signature expired or not yet current.';
  const key = keys.find((k) => k.accessKeyId === accessKeyId);
  if (!key) return UNKNOWN_KEY;

  const headers: Record<string, string> = {};
  for (const name of signedHeaders) headers[name] = header(request.headers, name) ?? '';
  const bodyHash = createHash('sha256').update(request.body).digest('hex');
  const claimed = headers['x-amz-content-sha256'];
  if (claimed !== undefined && claimed !== bodyHash) return MISMATCH;
  const q = request.url.indexOf('?');
  const query: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(q < 0 ? '' : request.url.slice(q + 1))) {
    const prev = query[k];
    query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  const signer = new SignatureV4({ service: SERVICE, region, credentials: key, sha256: Sha256, applyChecksum: false });
  // UNVERIFIED against AWS: paths are not re-encoded (the OpenSearch clients sign the path as sent).
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: 'https:',
      hostname: headers.host ?? '',
      path: decodeURIComponent(q < 0 ? request.url : request.url.slice(0, q)),
      query,
      headers,
      body: request.body,
    },
    { signingDate, signingRegion: region, signingService: SERVICE, signableHeaders: new Set(signedHeaders) },
  );
  const auth2 = String(signed.headers.authorization);
  const expected = /Signature=([0-9a-f]+)/.exec(auth2)?.[1] ?? '';
  const expectedHeaders = /SignedHeaders=([^,]+)/.exec(auth2)?.[1] ?? '';
  if (!same(expected, signature) || expectedHeaders !== [...signedHeaders].sort().join(';')) return MISMATCH;
  return undefined;
}
