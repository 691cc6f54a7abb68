// The pieces of a SigV4 request every service reads the same way: the X-Amz-Date timestamp, the
// Authorization header's parameters, the credential scope, and a constant-time comparison.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
import { timingSafeEqual } from 'node:crypto';

export const ALGORITHM = 'AWS4-HMAC-SHA256';

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** "20240131T235959Z" → Date, or undefined when malformed. */
export function parseAmzDate(value: string | undefined): Date | undefined {
  const m = AMZ_DATE.exec(value ?? '');
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Epoch milliseconds → "20240131T235959Z". */
export const formatAmzDate = (ms: number): string => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');

/** Equal strings, compared in constant time for equal lengths (signatures, tokens). */
export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface Scope {
  accessKeyId: string;
  /** YYYYMMDD */
  date: string;
  region: string;
  service: string;
  terminator: string;
}

/** `AKID/20240131/us-east-1/s3/aws4_request` → its five parts, or undefined. */
export function parseScope(credential: string): Scope | undefined {
  const parts = credential.split('/');
  if (parts.length !== 5) return undefined;
  const [accessKeyId, date, region, service, terminator] = parts as [string, string, string, string, string];
  return { accessKeyId, date, region, service, terminator };
}

export interface AuthorizationParams {
  credential: string;
  signedHeaders: string[];
  signature: string;
}

/**
 * `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=a;b, Signature=…` → its parameters, or the names of
 * the missing ones. The caller has checked the algorithm prefix.
 */
export function parseAuthorization(value: string): AuthorizationParams | { missing: string[] } {
  const params = new Map<string, string>();
  for (const part of value.slice(ALGORITHM.length).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const missing = ['Credential', 'Signature', 'SignedHeaders'].filter((p) => !params.get(p));
  if (missing.length > 0) return { missing };
  const signedHeaders = params
    .get('SignedHeaders')!
    .split(';')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  return { credential: params.get('Credential')!, signedHeaders, signature: params.get('Signature')! };
}

export type QueryDecoding = 'form' | 'percent';

/**
 * A raw query string → its parameters: `percent` decodes `%XX` only (S3: a literal `+` stays a plus),
 * `form` as URLSearchParams does (`+` is a space). Undefined when a `%` escape is malformed.
 */
export function parseQuery(rawQuery: string, decoding: QueryDecoding): Record<string, string | string[]> | undefined {
  const out: Record<string, string | string[]> = {};
  const add = (k: string, v: string) => {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  };
  if (decoding === 'form') {
    for (const [k, v] of new URLSearchParams(rawQuery)) add(k, v);
    return out;
  }
  try {
    for (const pair of rawQuery.split('&')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      add(decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq)), eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1)));
    }
  } catch {
    return undefined;
  }
  return out;
}
