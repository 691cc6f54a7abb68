// What AppSync derives from the raw HTTP request for resolvers: ctx.request.headers and
// ctx.identity.sourceIp.
import type { HeaderBag } from './types.ts';

/** Header map with lower-cased keys and string values (repeated headers joined with ", "). */
export function normalizeHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || value === null) continue;
    const text = Array.isArray(value) ? value.map(String).join(', ') : String(value);
    const key = name.toLowerCase();
    out[key] = key in out ? `${out[key]}, ${text}` : text;
  }
  return out;
}

/**
 * ctx.request.headers: every incoming header, keys lower-cased, values as strings. Nothing is
 * stripped: `authorization`, `x-api-key`, `host` and hop-by-hop headers stay (AppSync's
 * util.http.copyHeaders exists precisely to drop the restricted ones before forwarding).
 */
export function requestHeadersForContext(headers: HeaderBag): Record<string, string> {
  return normalizeHeaders(headers);
}

/** "::ffff:127.0.0.1" → "127.0.0.1": AppSync reports IPv4 peers in dotted form. */
function plainIp(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

/** ctx.identity.sourceIp: the x-forwarded-for list followed by the peer when that header is present, else [peer]. */
export function sourceIpOf(headers: HeaderBag, peer: string | undefined): string[] {
  const forwarded = normalizeHeaders(headers)['x-forwarded-for'];
  const hops = forwarded
    ? forwarded
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
  return peer ? [...hops, plainIp(peer)] : hops;
}
