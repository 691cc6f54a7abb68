// How each AWS service reads a SigV4 request, as data: the scope's service name, how the path enters
// the canonical request, the payload hash, presigned URLs, the clock skew and the headers that must be
// signed when present. https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
import type { QueryDecoding } from './parse.ts';

export interface SigV4Rules {
  /** the service in the credential scope */
  service: string;
  /**
   * The canonical URI: `encode-again` (every service but S3: the path as sent, URI-encoded once more
   * and normalised), `as-sent` (S3: not normalised, not encoded again), `decoded` (the twin's reading
   * of OpenSearch clients: decoded once, then encoded; UNVERIFIED against AWS).
   */
  pathEncoding: 'encode-again' | 'as-sent' | 'decoded';
  queryDecoding: QueryDecoding;
  /**
   * `if-signed`: a signed x-amz-content-sha256 must be the body's hash; `s3`: the header is required
   * and may say UNSIGNED-PAYLOAD or STREAMING-UNSIGNED-PAYLOAD-TRAILER
   * (https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html).
   */
  payload: 'if-signed' | 's3';
  /** whether X-Amz-* query parameters (presigned URLs) authenticate */
  presigned: boolean;
  /** the largest difference between the request's time and ours */
  maxSkewMs: number;
  /** headers that, when present, must be in SignedHeaders */
  mustSign(name: string): boolean;
}

export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
/** aws-chunked bodies whose chunks are not signed (the SDK's flexible checksums over a stream) */
export const STREAMING_UNSIGNED_TRAILER = 'STREAMING-UNSIGNED-PAYLOAD-TRAILER';

const FIVE_MINUTES = 5 * 60 * 1000;
// A temporary credential's token must be signed (or added after signing, which then fails the check):
// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#add-signature-to-request
const tokenAndHost = (name: string) => name === 'host' || name === 'x-amz-security-token';

/** The JSON/REST services: AppSync, Cognito user pools, OpenSearch Service. */
const jsonService = (service: string): SigV4Rules => ({
  service,
  pathEncoding: 'encode-again',
  queryDecoding: 'form',
  payload: 'if-signed',
  presigned: false,
  maxSkewMs: FIVE_MINUTES,
  mustSign: tokenAndHost,
});

export const SIGV4_RULES = {
  appsync: jsonService('appsync'),
  'cognito-idp': jsonService('cognito-idp'),
  // UNVERIFIED against AWS: the twin has always read the path decoded; the OpenSearch clients agree
  es: { ...jsonService('es'), pathEncoding: 'decoded' },
  s3: {
    service: 's3',
    pathEncoding: 'as-sent',
    queryDecoding: 'percent',
    payload: 's3',
    presigned: true,
    // S3 refuses requests whose time is more than 15 minutes off its clock.
    maxSkewMs: 15 * 60 * 1000,
    // S3 answers "There were headers present in the request which were not signed" for any x-amz-* one.
    mustSign: (name: string) => name === 'host' || name.startsWith('x-amz-'),
  },
} satisfies Record<string, SigV4Rules>;
