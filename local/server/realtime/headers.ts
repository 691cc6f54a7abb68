// The two ways a client hands AppSync its connection auth headers:
//  1. subprotocol: `Sec-WebSocket-Protocol: graphql-ws, header-<base64url(JSON), no padding>`
//     (Amplify JS v6, aws-appsync-subscription-link ≥ 4.0.2);
//  2. query string: `?header=<base64(JSON)>&payload=e30=` (the AWS guide, hand-written clients).
// Both are decoded leniently: standard or URL-safe alphabet, with or without `=` padding.
import type { IncomingMessage } from 'node:http';
import { HEADER_SUBPROTOCOL_PREFIX } from './protocol.ts';
import { isObject, toAuthHeaders } from './message-type-guards.ts';
import type { AuthHeaders } from './protocol.ts';

export type AuthCarrier = 'subprotocol' | 'query' | 'none';

export type CarrierResult =
  { ok: true; carrier: AuthCarrier; headers: AuthHeaders } | { ok: false; carrier: AuthCarrier; message: string };

const BASE64_ANY = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** Decodes base64 or base64url (padding optional) into UTF-8; undefined if it isn't base64. */
export function decodeBase64Lenient(value: string): string | undefined {
  const compact = value.trim().replace(/ /g, '+'); // a `+` that arrived as a form-encoded space
  if (!BASE64_ANY.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) return undefined;
  const standard = compact.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
  return Buffer.from(padded, 'base64').toString('utf8');
}

/** Decodes one carrier value into the header object, or explains why it can't. */
export function decodeHeaderValue(value: string): { ok: true; headers: AuthHeaders } | { ok: false; message: string } {
  const json = decodeBase64Lenient(value);
  if (json === undefined) return { ok: false, message: 'not base64' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, message: 'not JSON' };
  }
  if (!isObject(parsed)) return { ok: false, message: 'not a JSON object' };
  return { ok: true, headers: toAuthHeaders(parsed) ?? {} };
}

/** Splits a `Sec-WebSocket-Protocol` header (one string or repeated headers) into its entries. */
export function offeredSubprotocols(header: string | string[] | undefined): string[] {
  if (header === undefined) return [];
  const joined = Array.isArray(header) ? header.join(',') : header;
  return joined
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Reads the raw `header` query parameter without turning `+` into a space. */
export function rawQueryParam(url: string | undefined, name: string): string | undefined {
  const query = (url ?? '').split('?')[1]?.split('#')[0];
  if (!query) return undefined;
  for (const part of query.split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (key !== name) continue;
    const value = eq < 0 ? '' : part.slice(eq + 1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/** Finds and decodes the auth carrier of an upgrade request. The subprotocol form wins if both are present. */
export function readAuthCarrier(req: Pick<IncomingMessage, 'headers' | 'url'>): CarrierResult {
  const entry = offeredSubprotocols(req.headers['sec-websocket-protocol']).find((p) =>
    p.startsWith(HEADER_SUBPROTOCOL_PREFIX),
  );
  if (entry !== undefined) {
    const decoded = decodeHeaderValue(entry.slice(HEADER_SUBPROTOCOL_PREFIX.length));
    return decoded.ok
      ? { ok: true, carrier: 'subprotocol', headers: decoded.headers }
      : { ok: false, carrier: 'subprotocol', message: `header subprotocol is ${decoded.message}` };
  }
  const query = rawQueryParam(req.url, 'header');
  if (query !== undefined) {
    const decoded = decodeHeaderValue(query);
    return decoded.ok
      ? { ok: true, carrier: 'query', headers: decoded.headers }
      : { ok: false, carrier: 'query', message: `header query parameter is ${decoded.message}` };
  }
  return { ok: true, carrier: 'none', headers: {} };
}
