// SigV4 as S3 checks it, for Authorization-header requests and presigned URLs: the one verifier in
// local/aws with S3's rules (the path as sent, the declared payload hash, presigned queries, 15 minutes
// of skew, every x-amz-* header signed), its failures worded as S3 words them
// (https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-authenticating-requests.html).
import { SIGV4_RULES, STREAMING_UNSIGNED_TRAILER, verifySigV4, type SigV4Failure } from '../aws/index.ts';
import { ACCESS_DENIED, s3Error, signatureMismatch, unknownAccessKey, type S3Error } from './errors.ts';

export { STREAMING_UNSIGNED_TRAILER };

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

const SKEWED = 'The difference between the request time and the current time is too large.';
const amzNow = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}/, '');
const QUERY_PARAMETERS =
  'Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, ' +
  'X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.';

function malformed(f: SigV4Failure, message: string, details?: Record<string, string>): S3Error {
  return f.how === 'header'
    ? s3Error(400, 'AuthorizationHeaderMalformed', `The authorization header is malformed; ${message}`, details)
    : s3Error(400, 'AuthorizationQueryParametersError', message, details);
}

function timeError(f: SigV4Failure): S3Error {
  const query = (message: string) => s3Error(400, 'AuthorizationQueryParametersError', message);
  switch (f.code) {
    case 'InvalidDate':
      return f.how === 'header'
        ? s3Error(403, 'AccessDenied', 'AWS authentication requires a valid Date or x-amz-date header')
        : query("X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"");
    case 'ScopeDateMismatch':
      // UNVERIFIED against AWS: S3's wording of a scope day that is not the X-Amz-Date day.
      return malformed(f, 'Invalid credential date. Date is not the same as X-Amz-Date.');
    case 'InvalidExpires':
      return query('X-Amz-Expires should be a number');
    case 'ExpiresTooLong':
      return query('X-Amz-Expires must be less than a week (in seconds) that is; 604800');
    case 'PresignExpired':
      return s3Error(403, 'AccessDenied', 'Request has expired', {
        'X-Amz-Expires': f.expires ?? 0,
        Expires: amzNow(f.expiresAtMs ?? 0),
        ServerTime: amzNow(f.nowMs ?? 0),
      });
    default:
      return s3Error(403, 'RequestTimeTooSkewed', SKEWED, {
        RequestTime: f.amzDate ?? '',
        ServerTime: amzNow(f.nowMs ?? 0),
        MaxAllowedSkewMilliseconds: f.maxSkewMs ?? 0,
      });
  }
}

/** A verifier failure as S3's error (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html). */
export function s3SigV4Error(f: SigV4Failure, region: string): S3Error {
  const accessKeyId = f.scope?.accessKeyId ?? '';
  switch (f.code) {
    case 'NoAuthorization':
      return ACCESS_DENIED;
    case 'BothMechanisms':
      return s3Error(
        400,
        'InvalidArgument',
        'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string ' +
          'parameter or the Authorization header should be specified',
      );
    case 'UnsupportedAlgorithm':
      return f.how === 'header'
        ? s3Error(
            400,
            'InvalidRequest',
            'The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.',
          )
        : s3Error(400, 'AuthorizationQueryParametersError', 'X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"');
    case 'IncompleteAuthorization':
    case 'MalformedCredential':
      return f.how === 'header' ? malformed(f, 'incomplete.') : malformed(f, QUERY_PARAMETERS);
    case 'WrongTerminator':
      return malformed(f, "incorrect terminal. This endpoint uses 'aws4_request'.");
    case 'WrongService':
      return malformed(f, `incorrect service '${f.scope?.service}'. This endpoint uses 's3'.`);
    case 'WrongRegion':
      return malformed(f, `the region '${f.scope?.region}' is wrong; expecting '${region}'`, { Region: region });
    case 'HeadersNotSigned':
      return s3Error(403, 'AccessDenied', 'There were headers present in the request which were not signed', {
        HeadersNotSigned: (f.headers ?? []).join(', '),
      });
    case 'UnknownAccessKey':
      return unknownAccessKey(accessKeyId);
    case 'InvalidSecurityToken':
      return s3Error(400, 'InvalidToken', 'The provided token is malformed or otherwise invalid.');
    case 'MissingPayloadHash':
      return s3Error(400, 'InvalidRequest', 'Missing required header for this request: x-amz-content-sha256');
    case 'PayloadHashMismatch':
      return s3Error(
        400,
        'XAmzContentSHA256Mismatch',
        "The provided 'x-amz-content-sha256' header does not match what was computed.",
        { ClientComputedContentSHA256: f.claimedHash ?? '', S3ComputedContentSHA256: f.actualHash ?? '' },
      );
    case 'UnsupportedPayloadHash':
      return s3Error(501, 'NotImplemented', `The local S3 does not accept x-amz-content-sha256: ${f.claimedHash}`);
    case 'SignatureMismatch':
      return signatureMismatch(accessKeyId, { SignatureProvided: f.signatureProvided ?? '' });
    default:
      return timeError(f);
  }
}

/** Verifies a header-signed or presigned request; one with neither is anonymous, which a private bucket refuses. */
export async function verifyRequest(
  request: IncomingSigned,
  identity: S3Identity,
  region: string,
  nowMs = Date.now(),
): Promise<Verified | S3Error> {
  const verified = await verifySigV4(request, { ...SIGV4_RULES.s3, region, keys: [identity], nowMs });
  return verified.ok ? { how: verified.how, payload: verified.payload } : s3SigV4Error(verified, region);
}

export const isS3Error = (value: unknown): value is S3Error =>
  typeof (value as Partial<S3Error> | null)?.code === 'string' && typeof (value as S3Error).status === 'number';
