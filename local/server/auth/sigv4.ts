// AWS_IAM mode: real SigV4 verification. The signature is recomputed with @smithy/signature-v4 from
// the stored secret of the presented access key, over exactly the headers the client says it signed.
import { createHash, timingSafeEqual } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { SIGNATURE_MISMATCH, UNKNOWN_ACCESS_KEY, signatureRefused } from './errors.ts';
import type { AuthResult, IamCredentialSetting, IamSetting } from './types.ts';

const SERVICE = 'appsync';
const MAX_SKEW_MS = 5 * 60 * 1000;

export interface SignedRequest {
  method: string;
  /** Path plus optional `?query`. */
  path: string;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: string;
}

interface ParsedAuthorization {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  terminator: string;
  signedHeaders: string[];
  signature: string;
}

function parseAuthorization(value: string): ParsedAuthorization | string {
  const params = new Map<string, string>();
  for (const part of value.slice('AWS4-HMAC-SHA256'.length).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const missing = ['Credential', 'Signature', 'SignedHeaders'].filter((p) => !params.get(p));
  if (missing.length > 0) return missing.map((p) => `Authorization header requires '${p}' parameter.`).join(' ');
  const scope = params.get('Credential')!.split('/');
  if (scope.length !== 5)
    return `Credential should have exactly 5 slash-separated components: '${params.get('Credential')}'.`;
  const [accessKeyId, date, region, service, terminator] = scope as [string, string, string, string, string];
  const signedHeaders = params
    .get('SignedHeaders')!
    .split(';')
    .map((h) => h.trim().toLowerCase());
  return { accessKeyId, date, region, service, terminator, signedHeaders, signature: params.get('Signature')! };
}

/** "20240131T235959Z" → Date, or undefined when malformed. */
function parseAmzDate(value: string | undefined): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const amz = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');

function query(search: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(search)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Verifies the request's SigV4 Authorization header; on success returns the matching credential. */
export async function verifySigV4(
  request: SignedRequest,
  iam: IamSetting,
  nowMs: number,
): Promise<{ credential: IamCredentialSetting; error?: undefined } | { error: AuthResult }> {
  const auth = parseAuthorization(request.headers.authorization ?? '');
  if (typeof auth === 'string') return { error: signatureRefused('IncompleteSignatureException', auth) };
  if (auth.terminator !== 'aws4_request')
    return {
      error: signatureRefused(
        'InvalidSignatureException',
        "Credential should be scoped with a valid terminator: 'aws4_request'.",
      ),
    };
  if (auth.service !== SERVICE)
    return {
      error: signatureRefused(
        'InvalidSignatureException',
        `Credential should be scoped to correct service: '${SERVICE}'.`,
      ),
    };
  if (auth.region !== iam.region)
    return {
      error: signatureRefused(
        'InvalidSignatureException',
        `Credential should be scoped to a valid region, not '${auth.region}'.`,
      ),
    };
  if (!auth.signedHeaders.includes('host'))
    return {
      error: signatureRefused('InvalidSignatureException', "'Host' must be a 'SignedHeader' in the AWS Authorization."),
    };

  const amzDate = request.headers['x-amz-date'];
  const signingDate = parseAmzDate(amzDate);
  if (!signingDate)
    return {
      error: signatureRefused(
        'IncompleteSignatureException',
        "Authorization header requires existence of a valid 'X-Amz-Date' header.",
      ),
    };
  if (auth.date !== amzDate!.slice(0, 8)) {
    return {
      error: signatureRefused(
        'InvalidSignatureException',
        'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: ' +
          `'${auth.date}' != '${amzDate!.slice(0, 8)}'.`,
      ),
    };
  }
  const skew = signingDate.getTime() - nowMs;
  if (skew < -MAX_SKEW_MS) {
    return {
      error: signatureRefused(
        'InvalidSignatureException',
        `Signature expired: ${amzDate} is now earlier than ${amz(nowMs - MAX_SKEW_MS)} (${amz(nowMs)} - 5 min.)`,
      ),
    };
  }
  if (skew > MAX_SKEW_MS) {
    return {
      error: signatureRefused(
        'InvalidSignatureException',
        `Signature not yet current: ${amzDate} is still later than ` +
          `${amz(nowMs + MAX_SKEW_MS)} (${amz(nowMs)} + 5 min.)`,
      ),
    };
  }

  const credential = iam.credentials.find((c) => c.accessKeyId === auth.accessKeyId);
  if (!credential) return { error: signatureRefused('UnrecognizedClientException', UNKNOWN_ACCESS_KEY) };

  // Only the headers the client signed take part; a signed one that is missing fails the comparison.
  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) headers[name] = request.headers[name] ?? '';
  // A signed payload hash must be the body's: otherwise the signature would cover a hash, not the body.
  const claimedHash = headers['x-amz-content-sha256'];
  if (claimedHash !== undefined && claimedHash !== createHash('sha256').update(request.body, 'utf8').digest('hex')) {
    return { error: signatureRefused('InvalidSignatureException', SIGNATURE_MISMATCH) };
  }

  const q = request.path.indexOf('?');
  const signer = new SignatureV4({
    service: SERVICE,
    region: auth.region,
    credentials: { accessKeyId: credential.accessKeyId, secretAccessKey: credential.secretAccessKey },
    sha256: Sha256,
    applyChecksum: false,
  });
  const signed = await signer.sign(
    {
      method: request.method.toUpperCase(),
      protocol: 'https:',
      hostname: headers.host ?? '',
      path: q < 0 ? request.path : request.path.slice(0, q),
      query: q < 0 ? {} : query(request.path.slice(q + 1)),
      headers,
      body: request.body,
    },
    { signingDate, signingRegion: auth.region, signingService: SERVICE, signableHeaders: new Set(auth.signedHeaders) },
  );
  const expected = /Signature=([0-9a-f]+)/.exec(String(signed.headers.authorization))?.[1] ?? '';
  const expectedHeaders = /SignedHeaders=([^,]+)/.exec(String(signed.headers.authorization))?.[1] ?? '';
  // The recomputed request must have signed the same header set (the signer adds x-amz-date itself).
  if (!sameHex(expected, auth.signature) || expectedHeaders !== [...auth.signedHeaders].sort().join(';')) {
    return { error: signatureRefused('InvalidSignatureException', SIGNATURE_MISMATCH) };
  }
  return { credential };
}
