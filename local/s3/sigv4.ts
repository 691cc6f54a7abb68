// SigV4 as S3 checks it, for Authorization-header requests and presigned URLs: the signature is
// recomputed with @smithy/signature-v4 over exactly the headers the client says it signed, with the
// path as sent (S3 does not normalise or double-encode it) and the payload hash the client declared
// (https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-authenticating-requests.html).
import { createHash, timingSafeEqual } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { ACCESS_DENIED, s3Error, signatureMismatch, unknownAccessKey, type S3Error } from './errors.ts';

export interface S3Identity {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface IncomingSigned {
  method: string;
  /** the path exactly as on the wire (still percent-encoded) */
  rawPath: string;
  /** the query string without `?`, as on the wire */
  rawQuery: string;
  /** lower-cased names */
  headers: Record<string, string>;
  body: Buffer;
}

export interface Verified {
  how: 'header' | 'query';
  /** the declared payload hash: a hex digest, UNSIGNED-PAYLOAD or a STREAMING-* framing */
  payload: string;
}

export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
/** aws-chunked bodies whose chunks are not signed (the SDK's flexible checksums over a stream) */
export const STREAMING_UNSIGNED_TRAILER = 'STREAMING-UNSIGNED-PAYLOAD-TRAILER';

const SERVICE = 's3';
// S3 refuses requests whose time is more than 15 minutes off its clock.
const MAX_SKEW_MS = 15 * 60 * 1000;
const MAX_PRESIGN_SECONDS = 604_800;

interface Scope {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  terminator: string;
}

function parseScope(credential: string): Scope | undefined {
  const parts = credential.split('/');
  if (parts.length !== 5) return undefined;
  const [accessKeyId, date, region, service, terminator] = parts as [string, string, string, string, string];
  return { accessKeyId, date, region, service, terminator };
}

/** "20240131T235959Z" → Date, or undefined when malformed. */
export function parseAmzDate(value: string | undefined): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Query parameters decoded as S3 reads them: `%XX` only (a literal `+` stays a plus). */
export function parseQuery(rawQuery: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const pair of rawQuery.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const k = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
    const v = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1));
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

const amzNow = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}/, '');

function scopeError(scope: Scope, region: string, what: 'header' | 'query'): S3Error | undefined {
  const malformed = (message: string, details?: Record<string, string>) =>
    what === 'header'
      ? s3Error(400, 'AuthorizationHeaderMalformed', `The authorization header is malformed; ${message}`, details)
      : s3Error(400, 'AuthorizationQueryParametersError', message, details);
  if (scope.terminator !== 'aws4_request') return malformed("incorrect terminal. This endpoint uses 'aws4_request'.");
  if (scope.service !== SERVICE) return malformed(`incorrect service '${scope.service}'. This endpoint uses 's3'.`);
  if (scope.region !== region)
    return malformed(`the region '${scope.region}' is wrong; expecting '${region}'`, { Region: region });
  return undefined;
}

/** The signature S3 expects, from the canonical request over the signed headers and the given query. */
async function expectedSignature(
  request: IncomingSigned,
  query: Record<string, string | string[]>,
  signedHeaders: string[],
  payload: string,
  signingDate: Date,
  identity: S3Identity,
  region: string,
): Promise<{ signature: string; signedHeaders: string }> {
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) headers[name] = request.headers[name] ?? '';
  // The signer reads the payload hash from this header; it is part of the canonical headers only if signed.
  headers['x-amz-content-sha256'] = payload;
  const signedSet = new Set(signedHeaders);
  const unsignable = new Set(['x-amz-date', 'x-amz-content-sha256'].filter((h) => !signedSet.has(h)));
  const signer = new SignatureV4({
    service: SERVICE,
    region,
    credentials: identity,
    sha256: Sha256,
    applyChecksum: false,
    uriEscapePath: false,
  });
  const signed = await signer.sign(
    { method: request.method, protocol: 'http:', hostname: headers.host ?? '', path: request.rawPath, query, headers },
    {
      signingDate,
      signingRegion: region,
      signingService: SERVICE,
      signableHeaders: signedSet,
      unsignableHeaders: unsignable,
    },
  );
  const authorization = String(signed.headers.authorization);
  return {
    signature: /Signature=([0-9a-f]+)/.exec(authorization)?.[1] ?? '',
    signedHeaders: /SignedHeaders=([^,]+)/.exec(authorization)?.[1] ?? '',
  };
}

function parseAuthorization(value: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of value.slice('AWS4-HMAC-SHA256'.length).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return params;
}

async function verifyHeader(
  request: IncomingSigned,
  identity: S3Identity,
  region: string,
  nowMs: number,
): Promise<Verified | S3Error> {
  const authorization = request.headers.authorization ?? '';
  if (!authorization.startsWith('AWS4-HMAC-SHA256 '))
    return s3Error(
      400,
      'InvalidRequest',
      'The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.',
    );
  const params = parseAuthorization(authorization);
  const scope = parseScope(params.get('Credential') ?? '');
  const signature = params.get('Signature');
  const signedHeaders = params.get('SignedHeaders')?.split(';') ?? [];
  if (!scope || !signature || signedHeaders.length === 0)
    return s3Error(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed; incomplete.');
  if (scope.accessKeyId !== identity.accessKeyId) return unknownAccessKey(scope.accessKeyId);
  const wrongScope = scopeError(scope, region, 'header');
  if (wrongScope) return wrongScope;
  const amzDate = request.headers['x-amz-date'];
  const signingDate = parseAmzDate(amzDate);
  if (!signingDate)
    return s3Error(403, 'AccessDenied', 'AWS authentication requires a valid Date or x-amz-date header');
  if (Math.abs(signingDate.getTime() - nowMs) > MAX_SKEW_MS)
    return s3Error(
      403,
      'RequestTimeTooSkewed',
      'The difference between the request time and the current time is too large.',
      {
        RequestTime: amzDate!,
        ServerTime: amzNow(nowMs),
        MaxAllowedSkewMilliseconds: MAX_SKEW_MS,
      },
    );
  const payload = request.headers['x-amz-content-sha256'];
  if (!payload) return s3Error(400, 'InvalidRequest', 'Missing required header for this request: x-amz-content-sha256');
  if (/^[0-9a-f]{64}$/.test(payload)) {
    const actual = createHash('sha256').update(request.body).digest('hex');
    if (actual !== payload)
      return s3Error(
        400,
        'XAmzContentSHA256Mismatch',
        "The provided 'x-amz-content-sha256' header does not match what was computed.",
        {
          ClientComputedContentSHA256: payload,
          S3ComputedContentSHA256: actual,
        },
      );
  } else if (payload !== UNSIGNED_PAYLOAD && payload !== STREAMING_UNSIGNED_TRAILER) {
    // Signed chunks (STREAMING-AWS4-HMAC-SHA256-PAYLOAD) would need every chunk's signature checked.
    return s3Error(501, 'NotImplemented', `The local S3 does not accept x-amz-content-sha256: ${payload}`);
  }
  const expected = await expectedSignature(
    request,
    parseQuery(request.rawQuery),
    signedHeaders,
    payload,
    signingDate,
    identity,
    region,
  );
  if (!sameText(expected.signature, signature) || expected.signedHeaders !== [...signedHeaders].sort().join(';'))
    return signatureMismatch(scope.accessKeyId, { SignatureProvided: signature });
  return { how: 'header', payload };
}

async function verifyQuery(
  request: IncomingSigned,
  identity: S3Identity,
  region: string,
  nowMs: number,
): Promise<Verified | S3Error> {
  const query = parseQuery(request.rawQuery);
  const one = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
  const invalid = (message: string) => s3Error(400, 'AuthorizationQueryParametersError', message);
  if (one('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') return invalid('X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"');
  const credential = one('X-Amz-Credential');
  const scope = parseScope(credential ?? '');
  const signature = one('X-Amz-Signature');
  const signedHeaders = one('X-Amz-SignedHeaders')?.split(';') ?? [];
  const amzDate = one('X-Amz-Date');
  const expires = Number(one('X-Amz-Expires'));
  if (!scope || !signature || signedHeaders.length === 0 || !amzDate || one('X-Amz-Expires') === undefined)
    return invalid(
      'Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, ' +
        'X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.',
    );
  if (scope.accessKeyId !== identity.accessKeyId) return unknownAccessKey(scope.accessKeyId);
  const wrongScope = scopeError(scope, region, 'query');
  if (wrongScope) return wrongScope;
  const signingDate = parseAmzDate(amzDate);
  if (!signingDate) return invalid("X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"");
  if (!Number.isInteger(expires) || expires < 0) return invalid('X-Amz-Expires should be a number');
  if (expires > MAX_PRESIGN_SECONDS)
    return invalid('X-Amz-Expires must be less than a week (in seconds) that is; 604800');
  // UNVERIFIED against AWS: whether S3 reports expiry before a signature mismatch; we report expiry first.
  const expiresAt = signingDate.getTime() + expires * 1000;
  if (nowMs > expiresAt)
    return s3Error(403, 'AccessDenied', 'Request has expired', {
      'X-Amz-Expires': expires,
      Expires: amzNow(expiresAt),
      ServerTime: amzNow(nowMs),
    });
  const payload = one('X-Amz-Content-Sha256') ?? UNSIGNED_PAYLOAD;
  const expected = await expectedSignature(request, query, signedHeaders, payload, signingDate, identity, region);
  if (!sameText(expected.signature, signature) || expected.signedHeaders !== [...signedHeaders].sort().join(';'))
    return signatureMismatch(scope.accessKeyId, { SignatureProvided: signature });
  return { how: 'query', payload };
}

/** Verifies a header-signed or presigned request; one with neither is anonymous, which a private bucket refuses. */
export async function verifyRequest(
  request: IncomingSigned,
  identity: S3Identity,
  region: string,
  nowMs = Date.now(),
): Promise<Verified | S3Error> {
  const byHeader = request.headers.authorization !== undefined;
  const byQuery = /(^|&)X-Amz-Algorithm=/.test(request.rawQuery);
  if (byHeader && byQuery)
    return s3Error(
      400,
      'InvalidArgument',
      'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter ' +
        'or the Authorization header should be specified',
    );
  if (byHeader) return verifyHeader(request, identity, region, nowMs);
  if (byQuery) return verifyQuery(request, identity, region, nowMs);
  return ACCESS_DENIED;
}

export const isS3Error = (value: unknown): value is S3Error =>
  typeof (value as Partial<S3Error> | null)?.code === 'string' && typeof (value as S3Error).status === 'number';
