// util.http: copyHeaders and custom response headers, with the restrictions AWS documents
// (https://docs.aws.amazon.com/appsync/latest/devguide/http-helpers-in-utils-http-js.html).

import { currentState, type EvaluationState } from '../state.ts';
import { utf8Encode } from './utf8.ts';

/** Headers copyHeaders drops (documented list). */
const RESTRICTED_HEADERS = [
  'transfer-encoding',
  'connection',
  'host',
  'expect',
  'keep-alive',
  'upgrade',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'content-length',
];
/** Response header names refused on top of RESTRICTED_HEADERS (documented list). */
const RESERVED_RESPONSE_HEADERS = [
  'access-control-allow-credentials',
  'access-control-allow-origin',
  'access-control-expose-headers',
  'access-control-max-age',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'vary',
  'content-type',
];
const RESERVED_PREFIXES = ['x-amzn-', 'x-amz-'];
const MAX_HEADER_BYTES = 4096;

/** Bytes of custom headers added so far in one evaluation; every call counts, even a redefinition. */
const headerBytes = new WeakMap<EvaluationState, number>();

export function copyHeaders(headers: Record<string, unknown>): Record<string, unknown> | null {
  if (headers === null || headers === undefined) return null;
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!RESTRICTED_HEADERS.includes(name.toLowerCase())) copy[name] = value;
  }
  return copy;
}

function headerText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Why a header is refused, or null when it may be added. */
function rejection(name: unknown, value: unknown, size: number, used: number): string | null {
  if (typeof name !== 'string' || name.length === 0) return 'header name is empty';
  if (value === null || value === undefined) return `header '${name}' has a null value`;
  const lower = name.toLowerCase();
  if (RESTRICTED_HEADERS.includes(lower) || RESERVED_RESPONSE_HEADERS.includes(lower))
    return `header '${name}' is restricted`;
  if (RESERVED_PREFIXES.some((p) => lower.startsWith(p)))
    return `header '${name}' uses a restricted prefix (x-amzn-, x-amz-)`;
  if (used + size > MAX_HEADER_BYTES) return `custom response headers exceed ${MAX_HEADER_BYTES} bytes`;
  return null;
}

/**
 * Adds one custom response header (last definition of a name wins). A refused header is ignored and
 * a `ResponseHeaderError` is appended to the errors, which is what AWS documents; evaluation goes on.
 */
export function addResponseHeader(name: string, value: unknown): void {
  const state = currentState();
  const text = value === null || value === undefined ? '' : headerText(value);
  const size = utf8Encode(String(name ?? '')).length + utf8Encode(text).length;
  const used = headerBytes.get(state) ?? 0;
  const reason = rejection(name, value, size, used);
  if (reason !== null) {
    state.appendedErrors.push({
      message: `Invalid response header: ${reason}`,
      errorType: 'ResponseHeaderError',
      data: null,
      errorInfo: null,
    });
    return;
  }
  headerBytes.set(state, used + size);
  for (const existing of Object.keys(state.responseHeaders)) {
    // names are case-insensitive
    if (existing.toLowerCase() === name.toLowerCase()) delete state.responseHeaders[existing];
  }
  state.responseHeaders[name] = text;
}

/** addResponseHeader for every entry of the map, in order. */
export function addResponseHeaders(headers: Record<string, unknown>): void {
  if (headers === null || headers === undefined || typeof headers !== 'object') return;
  for (const [name, value] of Object.entries(headers)) addResponseHeader(name, value);
}
