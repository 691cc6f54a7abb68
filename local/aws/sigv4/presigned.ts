// Presigned URLs (query-string SigV4), as S3 reads them: the X-Amz-* parameters carry what the
// Authorization header would, and X-Amz-Expires bounds the URL's life to at most a week.
// https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html
import { fail, type SigV4Failure } from './failure.ts';
import { ALGORITHM, parseQuery, parseScope } from './parse.ts';
import type { SigV4Rules } from './rules.ts';
import type { Claimed, SigV4Request } from './request.ts';

const MAX_PRESIGN_SECONDS = 604_800;
const REQUIRED = [
  'X-Amz-Algorithm',
  'X-Amz-Credential',
  'X-Amz-Signature',
  'X-Amz-Date',
  'X-Amz-SignedHeaders',
  'X-Amz-Expires',
];

export function readPresigned(request: SigV4Request, rules: SigV4Rules): Claimed | SigV4Failure {
  const query = parseQuery(request.rawQuery, rules.queryDecoding);
  if (!query) return fail('SignatureMismatch', 'The query string is malformed.', 'query');
  const one = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
  if (one('X-Amz-Algorithm') !== ALGORITHM) return fail('UnsupportedAlgorithm', `Use ${ALGORITHM}.`, 'query');
  const missing = REQUIRED.filter((name) => !one(name));
  if (missing.length > 0)
    return fail('IncompleteAuthorization', `Missing ${missing.join(', ')}.`, 'query', { missing });
  const scope = parseScope(one('X-Amz-Credential')!);
  if (!scope)
    return fail('MalformedCredential', 'Malformed X-Amz-Credential.', 'query', { credential: one('X-Amz-Credential') });
  return {
    how: 'query',
    scope,
    signedHeaders: one('X-Amz-SignedHeaders')!
      .split(';')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    signature: one('X-Amz-Signature')!,
    amzDate: one('X-Amz-Date'),
    query,
    token: one('X-Amz-Security-Token'),
  };
}

/** X-Amz-Expires well-formed, at most a week, and not passed. */
export function verifyPresignedTime(claimed: Claimed, signingDate: Date, nowMs: number): SigV4Failure | undefined {
  const raw = claimed.query['X-Amz-Expires'] as string;
  const expires = Number(raw);
  const facts = { scope: claimed.scope, amzDate: claimed.amzDate, nowMs };
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(expires))
    return fail('InvalidExpires', 'X-Amz-Expires should be a number.', 'query', facts);
  if (expires > MAX_PRESIGN_SECONDS)
    return fail('ExpiresTooLong', 'X-Amz-Expires must be at most a week.', 'query', { ...facts, expires });
  const expiresAtMs = signingDate.getTime() + expires * 1000;
  // UNVERIFIED against AWS: whether S3 reports expiry before a signature mismatch; we report expiry first.
  if (nowMs > expiresAtMs)
    return fail('PresignExpired', 'Request has expired.', 'query', { ...facts, expires, expiresAtMs });
  return undefined;
}
