// One SigV4 verifier for every local service: it reads the Authorization header (or, where the
// service allows, a presigned URL's X-Amz-* parameters), checks scope, signed headers, time, key,
// session token and payload hash in that order, then recomputes the signature. Errors are values.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
import { createHash } from 'node:crypto';
import { fail, type SigV4Failure, type SigV4Key, type SigV4Result } from './failure.ts';
import { ALGORITHM, parseAmzDate, parseAuthorization, parseQuery, parseScope, sameText } from './parse.ts';
import { readPresigned, verifyPresignedTime } from './presigned.ts';
import { recomputeSignature } from './recompute.ts';
import { headerOf, type Claimed, type SigV4Request } from './request.ts';
import { STREAMING_UNSIGNED_TRAILER, UNSIGNED_PAYLOAD, type SigV4Rules } from './rules.ts';

export interface SigV4Options<K extends SigV4Key> extends SigV4Rules {
  /** the region this endpoint serves */
  region: string;
  /** the keys whose signatures are accepted */
  keys: readonly K[];
  /** epoch milliseconds (default Date.now()) */
  nowMs?: number;
}

const HEX_SHA256 = /^[0-9a-f]{64}$/;
const PRESIGNED = /(^|&)X-Amz-Algorithm=/;

function readHeader(request: SigV4Request, options: SigV4Rules): Claimed | SigV4Failure {
  const authorization = headerOf(request.headers, 'authorization') ?? '';
  if (!authorization.startsWith(ALGORITHM)) return fail('UnsupportedAlgorithm', `Use ${ALGORITHM}.`, 'header');
  const params = parseAuthorization(authorization);
  if ('missing' in params)
    return fail('IncompleteAuthorization', `Missing ${params.missing.join(', ')}.`, 'header', params);
  const scope = parseScope(params.credential);
  if (!scope)
    return fail('MalformedCredential', `Malformed Credential '${params.credential}'.`, 'header', {
      credential: params.credential,
    });
  const query = parseQuery(request.rawQuery, options.queryDecoding);
  if (!query) return fail('SignatureMismatch', 'The query string is malformed.', 'header', { scope });
  return {
    how: 'header',
    scope,
    signedHeaders: params.signedHeaders,
    signature: params.signature,
    amzDate: headerOf(request.headers, 'x-amz-date'),
    query,
    token: headerOf(request.headers, 'x-amz-security-token'),
  };
}

function checkScope(claimed: Claimed, options: SigV4Options<SigV4Key>): SigV4Failure | undefined {
  const { scope, how } = claimed;
  if (scope.terminator !== 'aws4_request') return fail('WrongTerminator', 'Wrong terminator.', how, { scope });
  if (scope.service !== options.service) return fail('WrongService', 'Wrong service.', how, { scope });
  if (scope.region !== options.region) return fail('WrongRegion', 'Wrong region.', how, { scope });
  return undefined;
}

/** Host always, and every present header the service requires signed, must be in SignedHeaders. */
function checkSignedHeaders(request: SigV4Request, claimed: Claimed, rules: SigV4Rules): SigV4Failure | undefined {
  const signed = new Set(claimed.signedHeaders);
  const present = Object.keys(request.headers).filter((name) => request.headers[name] !== undefined);
  const required = new Set(['host', ...present.filter((name) => name !== 'authorization' && rules.mustSign(name))]);
  const unsigned = [...required].filter((name) => !signed.has(name));
  if (unsigned.length === 0) return undefined;
  return fail('HeadersNotSigned', `Not signed: ${unsigned.join(', ')}.`, claimed.how, {
    scope: claimed.scope,
    headers: unsigned,
  });
}

function checkTime(claimed: Claimed, options: SigV4Options<SigV4Key>, nowMs: number): SigV4Failure | Date {
  const { how, scope, amzDate } = claimed;
  const signingDate = parseAmzDate(amzDate);
  if (!signingDate) return fail('InvalidDate', 'No valid X-Amz-Date.', how, { scope });
  if (scope.date !== amzDate!.slice(0, 8))
    return fail('ScopeDateMismatch', 'The scope date is not the X-Amz-Date day.', how, { scope, amzDate });
  if (how === 'query') return verifyPresignedTime(claimed, signingDate, nowMs) ?? signingDate;
  const skew = signingDate.getTime() - nowMs;
  const facts = { scope, amzDate, nowMs, maxSkewMs: options.maxSkewMs };
  if (skew < -options.maxSkewMs) return fail('SignatureExpired', `Signed at ${amzDate}, too long ago.`, how, facts);
  if (skew > options.maxSkewMs) return fail('SignatureNotYetCurrent', `Signed at ${amzDate}, ahead.`, how, facts);
  return signingDate;
}

/** The payload hash the canonical request uses, or why the declared one is refused. */
function checkPayload(request: SigV4Request, claimed: Claimed, rules: SigV4Rules): string | SigV4Failure {
  const { how, scope } = claimed;
  const actual = () => createHash('sha256').update(request.body).digest('hex');
  const declared =
    how === 'query'
      ? (claimed.query['X-Amz-Content-Sha256'] as string | undefined)
      : headerOf(request.headers, 'x-amz-content-sha256');
  if (rules.payload === 'if-signed') {
    const hash = actual();
    if (claimed.signedHeaders.includes('x-amz-content-sha256') && declared !== hash)
      return fail('PayloadHashMismatch', 'The declared payload hash is not the body’s.', how, { scope });
    return hash;
  }
  if (how === 'query') return declared ?? UNSIGNED_PAYLOAD;
  if (!declared) return fail('MissingPayloadHash', 'Missing x-amz-content-sha256.', how, { scope });
  if (HEX_SHA256.test(declared)) {
    const hash = actual();
    if (hash === declared) return declared;
    return fail('PayloadHashMismatch', 'The declared payload hash is not the body’s.', how, {
      scope,
      claimedHash: declared,
      actualHash: hash,
    });
  }
  if (declared === UNSIGNED_PAYLOAD || declared === STREAMING_UNSIGNED_TRAILER) return declared;
  // Signed chunks (STREAMING-AWS4-HMAC-SHA256-PAYLOAD) would need every chunk's signature checked.
  return fail('UnsupportedPayloadHash', `x-amz-content-sha256: ${declared}`, how, { scope, claimedHash: declared });
}

/** Verifies a SigV4-signed (or, where the rules allow, presigned) request against the given keys. */
export async function verifySigV4<K extends SigV4Key>(
  request: SigV4Request,
  options: SigV4Options<K>,
): Promise<SigV4Result<K>> {
  const nowMs = options.nowMs ?? Date.now();
  const byHeader = request.headers.authorization !== undefined;
  const byQuery = options.presigned && PRESIGNED.test(request.rawQuery);
  if (byHeader && byQuery) return fail('BothMechanisms', 'Only one auth mechanism allowed.', 'header');
  if (!byHeader && !byQuery) return fail('NoAuthorization', 'The request is not signed.', 'header');
  const claimed = byHeader ? readHeader(request, options) : readPresigned(request, options);
  if ('ok' in claimed) return claimed;
  const { how, scope } = claimed;
  const refused = checkScope(claimed, options) ?? checkSignedHeaders(request, claimed, options);
  if (refused) return refused;
  const signingDate = checkTime(claimed, options, nowMs);
  if (!(signingDate instanceof Date)) return signingDate;
  const key = options.keys.find((k) => k.accessKeyId === scope.accessKeyId);
  if (!key) return fail('UnknownAccessKey', 'Unknown access key.', how, { scope });
  // The local keys are long-term: a token they do not carry is invalid, as AWS says of a forged one.
  if (!sameText(claimed.token ?? '', key.sessionToken ?? ''))
    return fail('InvalidSecurityToken', 'The security token is invalid.', how, { scope });
  const payload = checkPayload(request, claimed, options);
  if (typeof payload !== 'string') return payload;
  const headers: Record<string, string> = {};
  for (const name of claimed.signedHeaders) headers[name] = headerOf(request.headers, name) ?? '';
  const expected = await recomputeSignature(options, {
    ...request,
    query: claimed.query,
    headers,
    signedHeaders: claimed.signedHeaders,
    payload,
    signingDate,
    region: options.region,
    key,
  });
  const sameSet = expected?.signedHeaders === [...claimed.signedHeaders].sort().join(';');
  if (!expected || !sameSet || !sameText(expected.signature, claimed.signature))
    return fail('SignatureMismatch', 'The signature does not match.', how, {
      scope,
      signatureProvided: claimed.signature,
    });
  return { ok: true, accessKeyId: key.accessKeyId, key, how, payload };
}
